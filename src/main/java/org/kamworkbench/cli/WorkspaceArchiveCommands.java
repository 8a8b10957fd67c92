package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kamworkbench.service.archive.ArchiveCancelledException;
import org.kamworkbench.service.archive.ArchiveRefusedException;
import org.kamworkbench.service.archive.ArchiveSummary;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The portable workspace archive (.kamx) from the command line. */
final class WorkspaceArchiveCommands {
    private WorkspaceArchiveCommands() {
    }

    @Command(name = "export", description = "Write the whole workspace into one portable archive (.kamx).")
    static final class Export implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The archive to write (.kamx).")
        Path out;

        @Option(names = "--encrypt", description = "Encrypt the archive (AES-256) with the password read from "
                + "--archive-password-file or the variable " + ArchivePassword.VARIABLE + ".")
        boolean encrypt;

        @Option(names = "--archive-password-file", paramLabel = "FILE", description = "A file whose first line is "
                + "the archive's password.")
        Path passwordFile;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        Export(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            char[] password = ArchivePassword.given(passwordFile, System::getenv);
            if (encrypt && password == null) {
                throw new BadInputException("--encrypt needs a password: put it in a file given with "
                        + "--archive-password-file, or in the variable " + ArchivePassword.VARIABLE + ".");
            }
            long start = System.nanoTime();
            ArchiveSummary summary;
            try (WorkspaceServices ws = context.openWorkspace()) {
                summary = run(context, "Exporting", progress ->
                        ws.archive().export(out, encrypt ? password : null, progress));
            }
            report(context, "Exported", summary, start, json);
            return KamCli.OK;
        }
    }

    @Command(name = "import", description = "Create a new workspace (--workspace) from an archive (.kamx).")
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "FILE", description = "The archive to read (.kamx).")
        Path archive;

        @Option(names = "--archive-password-file", paramLabel = "FILE", description = "A file whose first line is "
                + "the archive's password (or the variable " + ArchivePassword.VARIABLE + ").")
        Path passwordFile;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            char[] password = ArchivePassword.given(passwordFile, System::getenv);
            org.kamworkbench.service.workspace.WorkspaceLocation target = context.workspaceLocation();
            // a team workspace's database is there already: it must be empty, which creating it checks
            if (!target.onServer() && context.workspaceExists(target)) {
                throw new BadInputException("There is already a workspace at " + target + ": an archive is imported "
                        + "into a new one. Give another --workspace.");
            }
            long start = System.nanoTime();
            ArchiveSummary[] summary = new ArchiveSummary[1];
            run(context, "Importing " + archive.getFileName(), progress -> {
                context.createWorkspaceWith(target, ws -> summary[0] = ws.archive().load(archive, password, progress));
                return summary[0];
            });
            report(context, "Imported", summary[0], start, json);
            return KamCli.OK;
        }
    }

    private interface Work {
        ArchiveSummary run(ProgressMonitor progress);
    }

    private static ArchiveSummary run(CliContext context, String label, Work work) {
        ProgressMonitor progress = TerminalProgress.forCaller(context, label);
        try {
            return work.run(progress);
        } catch (ArchiveRefusedException e) {
            throw new BadInputException(e.getMessage() + " Nothing was created.");
        } catch (ArchiveCancelledException e) {
            throw new BadInputException(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        } finally {
            if (progress instanceof TerminalProgress terminal) {
                terminal.clear();
            }
        }
    }

    private static void report(CliContext context, String verb, ArchiveSummary summary, long start, boolean json) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = sizeOf(summary.file());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", summary.file().toString());
            out.put("bytes", bytes);
            out.put("encrypted", summary.encrypted());
            out.put("accounts", summary.rowsOf("account"));
            out.put("revenueCells", summary.revenueCells());
            out.put("plans", summary.rowsOf("account_plan"));
            out.put("entries", new java.util.TreeMap<>(summary.rows()));
            out.put("seconds", Math.round(seconds * 100) / 100.0);
            context.printJson(out);
            return;
        }
        context.out().printf("%s %s: %d accounts, %d revenue cells, %d plans, %d tables (%.1f MB%s) in %.1f s.%n",
                verb, summary.file(), summary.rowsOf("account"), summary.revenueCells(), summary.rowsOf("account_plan"),
                summary.rows().size() - 1, bytes / 1e6, summary.encrypted() ? ", encrypted" : "", seconds);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
