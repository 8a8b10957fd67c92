package org.kamworkbench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.report.ReportAudience;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.service.report.ReportInputException;
import org.kamworkbench.service.report.ReportLanguages;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report plan|portfolio}: documents for the client and for management, as PDF or HTML. */
@Command(name = ReportCommand.NAME, description = "Write a report (PDF or HTML).",
        subcommands = {ReportCommand.Plan.class, ReportCommand.Portfolio.class})
final class ReportCommand {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "report";


    /** What both reports take: format, language and the file to write. */
    static final class DocumentOptions {
        @Option(names = "--format", paramLabel = "pdf|html", defaultValue = "pdf",
                description = "pdf (default) or html (one self-contained file).")
        String format;

        @Option(names = "--lang", paramLabel = "en|it", defaultValue = "en",
                description = "Language of the report, whatever the app's: en (default) or it.")
        String language;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write.")
        Path out;

        ReportFormat format() {
            return parse(() -> ReportFormat.parse(format));
        }

        Locale language() {
            return parse(() -> ReportLanguages.parse(language));
        }

        /** @throws BadInputException when the folder of --out does not exist */
        Path out() {
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new BadInputException("The folder of " + out + " does not exist.");
            }
            return out;
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Runs a report; an account without a plan, a bad period or a file that cannot be written is bad input. */
    private static void run(Runnable report) {
        try {
            PortfolioCommands.run(() -> {
                report.run();
                return null;
            });
        } catch (ReportInputException e) {
            throw new BadInputException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Command(name = "plan", description = "The account plan report: --audience client (a progress review to hand "
            + "to the client, nothing internal) or internal (with SWOT, stakeholders, scores, revenue history).")
    static final class Plan implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's id.")
        String account;

        @Option(names = "--audience", paramLabel = "client|internal", required = true,
                description = "client or internal.")
        String audience;

        @Mixin
        DocumentOptions document;

        Plan(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ReportAudience who = parse(() -> ReportAudience.parse(audience));
            ReportFormat format = document.format();
            Locale language = document.language();
            Path out = document.out();
            try (WorkspaceServices ws = context.openWorkspace()) {
                run(() -> ws.reports().planReport(account, who, format, language, out, ProgressMonitor.NONE));
            }
            context.out().println("Wrote " + out.toAbsolutePath());
            return KamCli.OK;
        }
    }

    @Command(name = "portfolio", description = "The portfolio review pack (A4 landscape): headlines, Pareto and ABC "
            + "with the A accounts named, concentration, dependence, currencies and growth, scenarios, the key-account "
            + "matrix, review alerts and plan coverage.")
    static final class Portfolio implements Callable<Integer> {
        private final CliContext context;

        @Mixin
        PeriodOptions period;

        @Option(names = "--by", paramLabel = "DIMENSION",
                description = "Dependence by region, division, country, industry, owner or currency.")
        String dimension;

        @Option(names = "--classes", paramLabel = "A,B[,C]", description = "ABC class sizes in percent (default 80,15,5).")
        String classes;

        @Mixin
        DocumentOptions document;

        Portfolio(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AnalysisRequest request = PortfolioCommands.request(period, dimension, classes);
            ReportFormat format = document.format();
            Locale language = document.language();
            Path out = document.out();
            try (WorkspaceServices ws = context.openWorkspace()) {
                run(() -> ws.reports().portfolioReview(request, format, language, out, ProgressMonitor.NONE));
            }
            context.out().println("Wrote " + out.toAbsolutePath());
            return KamCli.OK;
        }
    }
}
