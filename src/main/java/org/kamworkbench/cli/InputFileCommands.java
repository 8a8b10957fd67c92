package org.kamworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kamworkbench.service.criteria.EffortService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The CSV imports behind scoring: {@code ratings import}, {@code effort import} and
 * {@code spend import}. Each file lands whole or, with any problem, not at all (exit 2).
 */
final class InputFileCommands {
    private InputFileCommands() {
    }

    /** Imports one file; returns how many rows were stored. */
    @FunctionalInterface
    interface Importer {
        int importFile(EffortService service, Path file);
    }

    static int run(CliContext context, Path file, String what, Importer importer) {
        Path existing = CriteriaCommand.existing(file);
        try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
            int count = CriteriaCommand.run(() -> importer.importFile(ws.keyAccounts().effort(), existing));
            context.out().println("Imported " + count + " " + what + (count == 1 ? "" : "s") + " from "
                    + existing.getFileName() + ".");
            return KamCli.OK;
        }
    }

    @Command(name = Ratings.NAME, description = "Ratings of accounts on manual criteria.",
            subcommands = {RatingsImport.class})
    static final class Ratings implements Callable<Integer> {
        static final String NAME = "ratings";

        @Override
        public Integer call() {
            throw new BadInputException("Say what to do with ratings: ratings import FILE.csv.");
        }
    }

    @Command(name = "import", description = "Import ratings: header account,criterion,rating (account = external "
            + "id, criterion = name in the current set); optional columns date (YYYY-MM-DD), author, comment. "
            + "Or the sheet 'export ratings' writes: an account column, then one column per criterion (CSV or XLSX).")
    static final class RatingsImport implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        @Option(names = "--author", paramLabel = "NAME", description = "Who rated, when the file has no author "
                + "column (default: the system user).")
        String author;

        RatingsImport(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String by = author != null ? author : System.getProperty("user.name", "");
            Path existing = CriteriaCommand.existing(file);
            try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
                var report = CriteriaCommand.run(() -> ws.keyAccounts().ratings().importRatingsFile(existing, by));
                context.out().println(report.describe(existing.getFileName().toString()));
                return KamCli.OK;
            }
        }
    }

    @Command(name = Effort.NAME, description = "Effort spent on accounts.", subcommands = {EffortImport.class})
    static final class Effort implements Callable<Integer> {
        static final String NAME = "effort";

        @Override
        public Integer call() {
            throw new BadInputException("Say what to do with effort: effort import FILE.csv.");
        }
    }

    @Command(name = "import", description = "Import effort per account and year: header account,year,hours,budget "
            + "(budget in the reporting currency; either may be empty). Replaces the same account and year.")
    static final class EffortImport implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        EffortImport(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return run(context, file, "effort row", EffortService::importEffort);
        }
    }

    @Command(name = Spend.NAME, description = "The clients' estimated spend (for share of wallet).",
            subcommands = {SpendImport.class})
    static final class Spend implements Callable<Integer> {
        static final String NAME = "spend";

        @Override
        public Integer call() {
            throw new BadInputException("Say what to do with estimated spend: spend import FILE.csv.");
        }
    }

    @Command(name = "import", description = "Import the clients' estimated yearly spend: header "
            + "account,amount,currency. Replaces the account's previous estimate.")
    static final class SpendImport implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE.csv")
        Path file;

        SpendImport(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            return run(context, file, "estimated spend", EffortService::importEstimatedSpend);
        }
    }
}
