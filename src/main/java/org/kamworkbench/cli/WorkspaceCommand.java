package org.kamworkbench.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceContents;
import org.kamworkbench.service.workspace.WorkspaceLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workspace create [--encrypt]}, {@code workspace backups [--json]}, {@code workspace restore BACKUP}
 * {@code workspace change-password (--new-password-file FILE | --remove)}, and the portable archive:
 * {@code workspace export --out FILE.kamx} and {@code workspace import FILE.kamx --workspace NEW}.
 */
@Command(name = WorkspaceCommand.NAME, description = "Create a workspace; its automatic backups, password and portable archive.",
        subcommands = {WorkspaceCommand.Create.class, WorkspaceCommand.Backups.class, WorkspaceCommand.Restore.class,
                WorkspaceCommand.ChangePassword.class, WorkspaceArchiveCommands.Export.class,
                WorkspaceArchiveCommands.Import.class})
final class WorkspaceCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "workspace";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the workspace: workspace create [--encrypt], "
                + "workspace backups [--json], workspace restore BACKUP, workspace change-password, "
                + "workspace export --out FILE.kamx, or workspace import FILE.kamx --workspace NEW.");
    }

    @Command(name = "create", description = "Create an empty workspace; --encrypt encrypts it with the password "
            + "given by --password-file FILE or " + PasswordSource.ENV + ".")
    static final class Create implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--encrypt", description = "Encrypt the workspace file (AES) with the password.")
        boolean encrypt;

        Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            WorkspaceLocation path = context.workspaceLocation();
            if (context.plainOpener().exists(path)) {
                throw new BadInputException("There is already a workspace at " + path + ".");
            }
            char[] password = context.password();
            if (encrypt && password == null) {
                throw new BadInputException("--encrypt needs a password: give it with " + PasswordSource.OPTION
                        + " FILE or the environment variable " + PasswordSource.ENV + ".");
            }
            if (!encrypt && password != null) {
                throw new BadInputException("A password was given but not --encrypt: add --encrypt to create an "
                        + "encrypted workspace, or give no password.");
            }
            try (var ws = context.plainOpener().open(path, encrypt ? password : null)) {
                context.out().println("Created " + (encrypt ? "the encrypted workspace " : "the workspace ")
                        + ws.location() + ".");
            }
            return KamCli.OK;
        }
    }

    @Command(name = "change-password", description = "Change, add or remove the password of a closed workspace "
            + "(the current one by --password-file FILE or " + PasswordSource.ENV + ").")
    static final class ChangePassword implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--new-password-file", paramLabel = "FILE",
                description = "The new password: the first line of FILE.")
        Path newPasswordFile;

        @Option(names = "--remove", description = "Remove the encryption: the file is stored plain.")
        boolean remove;

        ChangePassword(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if ((newPasswordFile == null) == !remove) {
                throw new BadInputException("Say either --new-password-file FILE or --remove.");
            }
            WorkspaceLocation path = context.workspaceLocation();
            if (!context.plainOpener().exists(path)) {
                throw new BadInputException("No workspace at " + path + ".");
            }
            char[] next = remove ? null : PasswordSource.read(new String[] {PasswordSource.OPTION,
                    newPasswordFile.toString()}, name -> null);
            try {
                context.passwords().change(path, context.password(), next);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            context.out().println(remove ? "The workspace and its backups are no longer encrypted."
                    : "The password is changed, for the workspace and its backups.");
            return KamCli.OK;
        }
    }

    @Command(name = "backups", description = "List the automatic backups, newest first, with what changed since.")
    static final class Backups implements Callable<Integer> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(ZoneId.systemDefault());
        private final CliContext context;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        Backups(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<BackupInfo> backups = context.backups().list(context.workspaceLocation());
            if (json) {
                context.printJson(backups);
                return KamCli.OK;
            }
            if (backups.isEmpty()) {
                context.out().println("There is no automatic backup of this workspace yet.");
                return KamCli.OK;
            }
            // file names are long and must stay whole to be typed into 'workspace restore': one backup a paragraph
            for (BackupInfo b : backups) {
                WorkspaceContents d = b.currentMinusBackup();
                context.out().printf("%s%n  taken %s, %d KB, %s%n  the workspace now has %s accounts, %s revenue "
                                + "records, %s plans compared with it%n", b.fileName(), WHEN.format(b.taken()),
                        b.sizeBytes() / 1024, b.reason().replace('-', ' '), signed(d.accounts()),
                        signed(d.revenueRecords()), signed(d.plans()));
            }
            return KamCli.OK;
        }

        private static String signed(long n) {
            return n > 0 ? "+" + n : Long.toString(n);
        }
    }

    @Command(name = "restore", description = "Put a backup in place of the workspace; the current file is kept "
            + "as one more backup first.")
    static final class Restore implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "BACKUP", description = "The backup's file name, as 'workspace backups' lists it.")
        String backup;

        Restore(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            WorkspaceLocation workspace = context.workspaceLocation();
            try {
                context.backups().restore(workspace, backup);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            context.out().println("Restored " + backup + "; the previous state is kept as a backup.");
            return KamCli.OK;
        }
    }
}
