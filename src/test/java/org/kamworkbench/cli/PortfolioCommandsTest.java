package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.store.AccountStore;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.RevenueStore;
import org.kamworkbench.store.Workspace;

/** {@code analyze pareto} and {@code scenario lose}, in process on a real workspace. */
class PortfolioCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;
    private Path workspace;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * 2024: A1 600, A2 200 (EMEA, EUR), U1 250 USD × 0.8 = 200 (AMER), C1 −50 (APAC, credit note),
     * N1 without revenue. 2023: A1 500, U1 100 USD × 0.9 = 90.
     */
    @BeforeEach
    void seed() {
        workspace = dir.resolve("client");
        seed(workspace, List.of(
                        account("A1", "EMEA", "DE", "EUR"), account("A2", "EMEA", "FR", "EUR"),
                        account("U1", "AMER", "US", "USD"), account("C1", "APAC", "JP", "EUR"),
                        account("N1", "EMEA", "IT", "EUR")),
                List.of(new String[] {"A1", "2024-01", "600"}, new String[] {"A2", "2024-02", "200"},
                        new String[] {"U1", "2024-03", "250"}, new String[] {"C1", "2024-05", "-50"},
                        new String[] {"A1", "2023-01", "500"}, new String[] {"U1", "2023-03", "100"}),
                List.of(new FxRate("USD", 2023, 0, new BigDecimal("0.9")),
                        new FxRate("USD", 2024, 0, new BigDecimal("0.8"))));
    }

    private static Account account(String id, String region, String country, String currency) {
        return new Account(0, id, "Name " + id, "Owner", country, region, "Enterprise", "Retail", null, currency,
                null, null, null, null);
    }

    /** Seeds through the store classes; cells are {externalId, yyyy-mm, amount} in the account's currency. */
    static void seed(Path path, List<Account> accounts, List<String[]> cells, List<FxRate> rates) {
        try (Workspace ws = Workspace.open(path, null)) {
            AccountStore accountStore = new AccountStore(ws.jdbi());
            accountStore.saveAll(accounts, List.of());
            Map<String, Account> stored = accountStore.findAll().stream()
                    .collect(Collectors.toMap(Account::externalId, a -> a));
            List<RevenueCell> revenue = new ArrayList<>();
            Set<Integer> months = new HashSet<>();
            for (String[] c : cells) {
                Account a = stored.get(c[0]);
                int year = Integer.parseInt(c[1].substring(0, 4));
                int month = Integer.parseInt(c[1].substring(5));
                revenue.add(new RevenueCell(a.id(), a.currency(), year, month,
                        new BigDecimal(c[2]).movePointRight(4).longValueExact(), 1));
                months.add(year * 100 + month);
            }
            new RevenueStore(ws.jdbi()).write(revenue, months, RevenueMode.ADD);
            new RatesStore(ws.jdbi()).saveFxRates(rates);
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return new KamCli(new WorkspaceWiring(dir), new PrintWriter(out), new PrintWriter(err))
                .run(all.toArray(new String[0]));
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(out.toString());
    }

    @Test
    void paretoOfAYearByRegion() throws Exception {
        assertThat(run("analyze", "pareto", "--year", "2024", "--by", "region", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("reportingCurrency").asText()).isEqualTo("EUR");
        assertThat(j.get("from").asText()).isEqualTo("2024-01-01");
        assertThat(j.get("to").asText()).isEqualTo("2024-12-31");
        assertThat(j.get("accounts").asInt()).isEqualTo(3);
        assertThat(j.get("excludedAccounts").asInt()).isEqualTo(2); // the credit note and the account without revenue
        assertThat(j.get("totalRevenue").decimalValue()).isEqualByComparingTo("1000");
        assertThat(j.get("top20Share").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(j.get("paretoAccountShare").asDouble()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(j.get("hhi").asDouble()).isCloseTo(4400, within(1e-9));
        assertThat(j.get("effectiveAccounts").asDouble()).isCloseTo(10_000 / 4400.0, within(1e-12));
        assertThat(j.get("concentration").asText()).isEqualTo("high");
        assertThat(j.get("classes").get(0).get("name").asText()).isEqualTo("A");
        assertThat(j.get("classes").get(0).get("accounts").asInt()).isEqualTo(2);
        assertThat(j.get("classes").get(0).get("revenueShare").asDouble()).isCloseTo(0.8, within(1e-12));
        // before each account 0, .6, .8: U1 starts at exactly 80 %, so it is B (no C); A is the Pareto point's 2
        assertThat(j.get("classes").get(1).get("accounts").asInt()).isEqualTo(1);
        assertThat(j.get("classes").get(2).get("accounts").asInt()).isZero();
        // growth is of net revenue, the credit note included: 950 against 590
        assertThat(j.get("growth").get("nominal").asDouble()).isCloseTo(950 / 590.0 - 1, within(1e-12));
        assertThat(j.get("growth").get("real").isNull()).isTrue();

        JsonNode groups = j.get("groups");
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).get("key").asText()).isEqualTo("AMER");
        assertThat(groups.get(0).get("hhi").asDouble()).isCloseTo(10_000, within(1e-9));
        assertThat(groups.get(1).get("key").asText()).isEqualTo("APAC");
        assertThat(groups.get(1).get("accounts").asInt()).isZero();
        assertThat(groups.get(1).get("hhi").isNull()).isTrue();
        JsonNode emea = groups.get(2);
        assertThat(emea.get("accounts").asInt()).isEqualTo(2);
        assertThat(emea.get("excludedAccounts").asInt()).isEqualTo(1);
        assertThat(emea.get("totalRevenue").decimalValue()).isEqualByComparingTo("800");
        assertThat(emea.get("top20Share").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(emea.get("paretoAccountShare").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(emea.get("hhi").asDouble()).isCloseTo(6250, within(1e-9));
        assertThat(emea.get("classes")).hasSize(3);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutAPeriodTheWholeHistoryIsAnalysed() throws Exception {
        assertThat(run("analyze", "pareto", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("from").asText()).isEqualTo("2023-01-01");
        assertThat(j.get("to").asText()).isEqualTo("2024-05-31");
        assertThat(j.get("totalRevenue").decimalValue()).isEqualByComparingTo("1590");
        assertThat(j.has("groups")).isFalse();
    }

    @Test
    void dateRangeAndCustomClasses() throws Exception {
        assertThat(run("analyze", "pareto", "--from", "2024-01-15", "--to", "2024-02-10", "--classes", "80,20",
                "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("from").asText()).isEqualTo("2024-01-01");
        assertThat(j.get("to").asText()).isEqualTo("2024-02-29");
        assertThat(j.get("totalRevenue").decimalValue()).isEqualByComparingTo("800");
        assertThat(j.get("classes")).hasSize(2);
        assertThat(j.get("abcThresholds").asText()).isEqualTo("80/20");
    }

    @Test
    void readableTableWithoutJson() {
        assertThat(run("analyze", "pareto", "--year", "2024", "--by", "division")).isZero();
        assertThat(out.toString()).contains("Pareto point", "1,000.00 EUR", "high", "Enterprise");
    }

    @Test
    void scenarioLoseAccounts() throws Exception {
        assertThat(run("scenario", "lose", "A2", "U1", "--year", "2024", "--json")).isZero();
        JsonNode j = json();
        assertThat(j.get("revenueAtRisk").decimalValue()).isEqualByComparingTo("400");
        assertThat(j.get("revenueAtRiskShare").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(j.get("before").get("accounts").asInt()).isEqualTo(3);
        assertThat(j.get("before").get("totalRevenue").decimalValue()).isEqualByComparingTo("1000");
        assertThat(j.get("after").get("accounts").asInt()).isEqualTo(1);
        assertThat(j.get("after").get("totalRevenue").decimalValue()).isEqualByComparingTo("600");
        assertThat(j.get("after").get("hhi").asDouble()).isCloseTo(10_000, within(1e-9));
        assertThat(j.get("after").get("classes").get(0).has("revenueShare")).isTrue();
        assertThat(j.get("lost").get(1).get("region").get("share").asDouble()).isCloseTo(1.0, within(1e-12));
        JsonNode amer = j.get("groups").get(0);
        assertThat(amer.get("key").asText()).isEqualTo("AMER");
        assertThat(amer.get("revenueAtRiskShare").asDouble()).isCloseTo(1.0, within(1e-12));
        JsonNode emea = j.get("groups").get(2);
        assertThat(emea.get("concentrationBefore").asText()).isEqualTo("high");
        assertThat(emea.get("hhiAfter").asDouble()).isCloseTo(10_000, within(1e-9));
        assertThat(j.get("ranking").get(2).get("accounts").get(0).get("externalId").asText()).isEqualTo("A1");
    }

    @Test
    void scenarioAsATable() {
        assertThat(run("scenario", "lose", "A1")).isZero();
        assertThat(out.toString()).contains("Revenue at risk", "A1");
    }

    @Test
    void badInputExitsWithTwoAndOneSentence() {
        assertBadInput("There are no accounts with the ids NOPE, GONE.", "scenario", "lose", "NOPE", "A1", "GONE");
        assertBadInput("There is no revenue in 2019: the workspace holds revenue from 2023-01 to 2024-05.",
                "analyze", "pareto", "--year", "2019");
        assertBadInput("ABC class percentages must add up to 100, 80,15 add up to 95.",
                "analyze", "pareto", "--classes", "80,15");
        assertBadInput("Use either --year or --from/--to, not both.",
                "analyze", "pareto", "--year", "2024", "--from", "2024-01-01", "--to", "2024-02-01");
        assertBadInput("--from and --to go together: give both dates (YYYY-MM-DD).",
                "analyze", "pareto", "--from", "2024-01-01");
        assertBadInput("'2024-13-01' given to --from is not a date like 2024-01-31.",
                "analyze", "pareto", "--from", "2024-13-01", "--to", "2024-12-31");
        assertBadInput("'planet' is not a dimension: use region, division, country, industry, owner or currency.",
                "analyze", "pareto", "--by", "planet");
    }

    @Test
    void aMissingFxRateIsBadInputNamingCurrencyAndMonth() {
        workspace = dir.resolve("norate");
        seed(workspace, List.of(account("G1", "EMEA", "GB", "GBP")), List.<String[]>of(new String[] {"G1", "2024-07",
                "10"}), List.of());
        assertThat(run("analyze", "pareto", "--json")).isEqualTo(KamCli.BAD_INPUT);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .contains("GBP").contains("2024-07");
        assertThat(out.toString()).isEmpty();
    }

    private void assertBadInput(String message, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(KamCli.BAD_INPUT);
        assertThat(err.toString().lines().toList()).containsExactly(message);
        assertThat(out.toString()).isEmpty();
    }
}
