package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.export.CrmTarget;
import org.kamworkbench.service.export.ExportException;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportService;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.service.export.ExportTexts;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export WHAT --out FILE [--format xlsx|csv] [--year Y] [--lang en|it]} and
 * {@code export crm --target salesforce|hubspot|zoho --out FILE}: tables as spreadsheet files.
 */
@Command(name = ExportCommand.NAME, description = "Write a table to an XLSX or CSV file: accounts (with ABC class, revenue, share, "
        + "growth), ratings, plans, actions, kpis (KPI values), stakeholders, effort, spend; or a CRM update file.",
        subcommands = {ExportCommand.Crm.class})
final class ExportCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "export";

    /** The application's texts: headers of exported tables in the language asked for. */
    private static final String BUNDLE = "org.kamworkbench.ui.messages";

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "WHAT", arity = "0..1",
            description = "accounts, ratings, plans, actions, kpis, stakeholders, effort or spend.")
    String what;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--format", paramLabel = "xlsx|csv",
            description = "The file format (default: by the extension of --out).")
    String format;

    @Option(names = "--year", paramLabel = "YEAR", description = "accounts: the year of the figures "
            + "(default: the last complete year with revenue).")
    Integer year;

    @Option(names = "--lang", paramLabel = "en|it", description = "The language of the column headers (default: en). "
            + "ratings, kpis, effort and spend keep the column names their imports read.")
    String lang;

    @Option(names = "--long", description = "ratings: one row per rating (account,criterion,rating,date,author,comment) "
            + "instead of the sheet with one column per criterion.")
    boolean longRatings;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (what == null || out == null) {
            throw new BadInputException("Say what to export and where: export accounts|ratings|plans|actions|kpis|"
                    + "stakeholders|effort|spend --out FILE [--format xlsx|csv], or export crm --target "
                    + "salesforce|hubspot|zoho --out FILE.");
        }
        ExportTexts texts = texts(lang);
        Function<ExportService, ExportTable> table = switch (what.toLowerCase(Locale.ROOT)) {
            case "accounts" -> s -> s.accounts(year, texts);
            case "ratings" -> s -> s.ratings(!longRatings);
            case "plans" -> s -> s.plans(texts);
            case "actions" -> s -> s.actions(texts);
            case "kpis" -> s -> s.kpiValues();
            case "stakeholders" -> s -> s.stakeholders(texts);
            case "effort" -> s -> s.effort();
            case "spend" -> s -> s.estimatedSpend();
            default -> throw new BadInputException("'" + what + "' is not something to export: choose accounts, "
                    + "ratings, plans, actions, kpis, stakeholders, effort or spend (or: export crm --target ...).");
        };
        return write(context, out, formatOf(format, out), table);
    }

    static int write(CliContext context, Path out, ExportFormat format, Function<ExportService, ExportTable> table) {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new BadInputException("The folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException(out + " is a folder: give a file name.");
        }
        try (WorkspaceServices ws = context.openWorkspace()) {
            ExportTable t = table.apply(ws.exports());
            ws.exports().write(t, out, format);
            context.out().println("Exported " + t.rows().size() + " row" + (t.rows().size() == 1 ? "" : "s")
                    + " to " + out + ".");
            return KamCli.OK;
        } catch (CriteriaInputException e) {
            throw new BadInputException(e.problems());
        } catch (PortfolioInputException | MissingRateException | ExportException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static ExportFormat formatOf(String format, Path out) {
        if (format == null) {
            return ExportFormat.ofFile(out).orElseThrow(() -> new BadInputException("Say the format: --format xlsx "
                    + "or --format csv (or end the file name with .xlsx or .csv)."));
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> ExportFormat.XLSX;
            case "csv" -> ExportFormat.CSV;
            default -> throw new BadInputException("'" + format + "' is not a format: use xlsx or csv.");
        };
    }

    static ExportTexts texts(String lang) {
        String code = lang == null ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        if (!code.equals("en") && !code.equals("it")) {
            throw new BadInputException("'" + lang + "' is not a language of the workbench: use en or it.");
        }
        return new ExportTexts(ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(code),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    @Command(name = "crm", description = "A CSV the CRM's import tool reads to UPDATE existing account records: the "
            + "CRM's record id, KAM tier, quadrant, total score, ABC class, lead key account manager and next plan "
            + "review. Only accounts imported from that CRM (with its preset).")
    static final class Crm implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--target", paramLabel = "salesforce|hubspot|zoho", required = true)
        String target;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The CSV file to write.")
        Path out;

        Crm(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CrmTarget crm = CrmTarget.named(target);
            if (crm == null) {
                throw new BadInputException("'" + target + "' is not a CRM we write for: use salesforce, hubspot or zoho.");
            }
            return write(context, out, ExportFormat.CRM_CSV, s -> s.crm(crm));
        }
    }
}
