package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.store.Workspace;

/** {@code settings show} and {@code settings set reporting-currency}, in process on a real workspace. */
class SettingsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;
    private Path workspace;

    /** 2024: E1 600 EUR, G1 100 GBP; 1 GBP = 1.2 EUR, 1 EUR = 0.85 GBP. */
    @BeforeEach
    void seed() {
        workspace = dir.resolve("client");
        PortfolioCommandsTest.seed(workspace, List.of(account("E1", "DE", "EUR"), account("G1", "GB", "GBP")),
                List.of(new String[] {"E1", "2024-03", "600"}, new String[] {"G1", "2024-04", "100"}),
                List.of(new FxRate("GBP", 2024, 0, new BigDecimal("1.2")),
                        new FxRate("EUR", 2024, 0, new BigDecimal("0.85"))));
    }

    private static Account account(String id, String country, String currency) {
        return new Account(0, id, "Name " + id, "Owner", country, "EMEA", null, null, null, currency,
                null, null, null, null);
    }

    private CliRun run(Path ws, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(ws.toString());
        return CliRun.run(new WorkspaceWiring(dir), all.toArray(new String[0]));
    }

    private JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void showJsonHasTheCurrencyAndTheRegionMapping() throws Exception {
        JsonNode j = json(run(workspace, "settings", "show", "--json"));
        assertThat(j.get("reportingCurrency").asText()).isEqualTo("EUR");
        assertThat(j.get("regions").get("DE").asText()).isEqualTo("EMEA");
        assertThat(j.get("regions").size()).isGreaterThan(100);
    }

    @Test
    void everyFigureFollowsTheNewCurrencyAndNothingConvertedIsStored() throws Exception {
        BigDecimal inEur = json(run(workspace, "analyze", "pareto", "--year", "2024", "--json"))
                .get("totalRevenue").decimalValue();
        assertThat(inEur).isEqualByComparingTo("720"); // 600 + 100 × 1.2

        CliRun set = run(workspace, "settings", "set", "reporting-currency", "GBP");
        assertThat(set.exitCode()).as(set.toString()).isZero();
        assertThat(set.out()).contains("GBP");
        assertThat(json(run(workspace, "settings", "show", "--json")).get("reportingCurrency").asText())
                .isEqualTo("GBP");
        JsonNode gbp = json(run(workspace, "analyze", "pareto", "--year", "2024", "--json"));
        assertThat(gbp.get("reportingCurrency").asText()).isEqualTo("GBP");
        assertThat(gbp.get("totalRevenue").decimalValue()).isEqualByComparingTo("610"); // 600 × 0.85 + 100

        // back to EUR: the stored amounts were never converted, so the first figure comes back exactly
        assertThat(run(workspace, "settings", "set", "reporting-currency", "EUR").exitCode()).isZero();
        assertThat(json(run(workspace, "analyze", "pareto", "--year", "2024", "--json")).get("totalRevenue")
                .decimalValue()).isEqualByComparingTo("720");
    }

    @Test
    void anUnknownCurrencyOrSettingIsBadInputAndChangesNothing() throws Exception {
        CliRun bad = run(workspace, "settings", "set", "reporting-currency", "XYZ");
        assertThat(bad.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(bad.errLines()).containsExactly("'XYZ' is not an ISO 4217 currency code (e.g. EUR, USD).");
        CliRun unknown = run(workspace, "settings", "set", "colour", "blue");
        assertThat(unknown.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(unknown.errLines()).singleElement().asString().contains("'colour'", "reporting-currency");
        assertThat(json(run(workspace, "settings", "show", "--json")).get("reportingCurrency").asText())
                .isEqualTo("EUR");
    }

    @Test
    void neitherShowNorARefusedSetCreatesAWorkspace() {
        Path none = dir.resolve("nothing-here");
        CliRun show = run(none, "settings", "show");
        assertThat(show.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(show.errLines()).singleElement().asString().contains("No workspace at");
        assertThat(run(none, "settings", "set", "reporting-currency", "usd").exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(Files.exists(Workspace.databaseFile(none))).isFalse();
    }

    @Test
    void textShowAndHelp() {
        CliRun show = run(workspace, "settings", "show");
        assertThat(show.out()).contains("Reporting currency: EUR", "DE  EMEA");
        CliRun help = CliRun.run(new WorkspaceWiring(dir), "--help");
        assertThat(help.out()).contains("settings");
    }
}
