package org.kamworkbench.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.kamworkbench.domain.WorkspaceSettings;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code settings show [--json]} and {@code settings set NAME VALUE}: the workspace settings. */
@Command(name = SettingsCommand.NAME, description = "Show or change the workspace settings.",
        subcommands = {SettingsCommand.Show.class, SettingsCommand.Set.class})
final class SettingsCommand {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "settings";

    /** The names {@code settings set} accepts. */
    static final String REPORTING_CURRENCY = "reporting-currency";

    /** What {@code settings show --json} prints. */
    @JsonPropertyOrder({"reportingCurrency", "regions"})
    record SettingsJson(String reportingCurrency, Map<String, String> regions) {
        static SettingsJson of(WorkspaceSettings s) {
            return new SettingsJson(s.reportingCurrency(), new TreeMap<>(s.regionByCountry()));
        }
    }

    @Command(name = "show", description = "Show the reporting currency and the country → region mapping.")
    static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (WorkspaceServices ws = context.openWorkspaceForReading()) {
                SettingsJson s = SettingsJson.of(ws.settings().settings());
                if (json) {
                    context.printJson(s);
                } else {
                    context.out().printf("Reporting currency: %s%n", s.reportingCurrency());
                    context.out().printf("Regions:            %s%n", s.regions().isEmpty() ? "no country mapped"
                            : s.regions().size() + " countries mapped");
                    s.regions().forEach((country, region) -> context.out().printf("  %s  %s%n", country, region));
                }
                return KamCli.OK;
            }
        }
    }

    @Command(name = "set", description = "Change a setting: reporting-currency CODE (ISO 4217, e.g. GBP). "
            + "Every figure follows; nothing converted is stored.")
    static final class Set implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "NAME", description = "The setting: " + REPORTING_CURRENCY + ".")
        String name;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value.")
        String value;

        Set(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!REPORTING_CURRENCY.equals(name)) {
                throw new BadInputException("'" + name + "' is not a setting that can be set here: use "
                        + REPORTING_CURRENCY + " (e.g. settings set " + REPORTING_CURRENCY + " GBP).");
            }
            try {
                SettingsService.requireCurrency(value); // before opening: a refused value creates no workspace
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            try (WorkspaceServices ws = context.openWorkspace()) {
                ws.settings().setReportingCurrency(value);
                context.out().printf("Reporting currency is now %s.%n", value);
                return KamCli.OK;
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
    }
}
