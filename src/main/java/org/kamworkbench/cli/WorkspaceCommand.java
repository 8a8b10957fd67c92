package org.kamworkbench.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.service.workspace.BackupInfo;
import org.kamworkbench.service.workspace.WorkspaceContents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workspace backups [--json]}, {@code workspace restore BACKUP}, and the portable archive:
 * {@code workspace export --out FILE.kamx} and {@code workspace import FILE.kamx --workspace NEW}.
 */
@Command(name = "workspace", description = "The workspace's automatic backups and portable archive.",
        subcommands = {WorkspaceCommand.Backups.class, WorkspaceCommand.Restore.class,
                WorkspaceArchiveCommands.Export.class, WorkspaceArchiveCommands.Import.class})
final class WorkspaceCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with the workspace: workspace backups [--json], "
                + "workspace restore BACKUP, workspace export --out FILE.kamx, or workspace import FILE.kamx "
                + "--workspace NEW.");
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
            List<BackupInfo> backups = context.backups().list(context.workspacePath());
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
            Path workspace = context.workspacePath();
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
