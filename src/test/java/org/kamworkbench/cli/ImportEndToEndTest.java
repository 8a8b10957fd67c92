package org.kamworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kamworkbench.app.WorkspaceWiring;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.store.RatesStore;
import org.kamworkbench.store.Workspace;

/** The import commands on real files and a real workspace (fixtures: src/test/resources/fixtures/README.md). */
class ImportEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("client");
    }

    private CliRun cli(String... args) {
        return CliRun.inWorkspace(new WorkspaceWiring(home), workspace(), args);
    }

    private CliRun ok(String... args) {
        CliRun run = cli(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    static String fixture(String name) {
        try {
            return Path.of(ImportEndToEndTest.class.getResource("/fixtures/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, JsonNode> accounts() throws IOException {
        JsonNode list = JSON.readTree(ok("accounts", "list", "--json").out());
        Map<String, JsonNode> byId = new HashMap<>();
        list.forEach(a -> byId.put(a.get("externalId").asText(), a));
        return byId;
    }

    private JsonNode status() throws IOException {
        return JSON.readTree(ok("status", "--json").out());
    }

    @ParameterizedTest
    @CsvSource({"salesforce-report-accounts.csv, salesforce, 8", "salesforce-api-accounts.csv, salesforce, 8",
            "hubspot-companies.csv, hubspot, 6", "zoho-accounts.csv, zoho, 5", "generic-accounts-it.csv, generic, 6",
            "generic-accounts-de.csv, generic, 5", "dirty-accounts.csv, generic, 6"})
    void eachPresetByNameAndByAutoDetection(String file, String preset, int added) throws IOException {
        CliRun named = ok("import", "accounts", fixture(file), "--format", preset);
        assertThat(named.out()).contains(added + " rows read, " + added + " imported; " + added + " accounts added");
        assertThat(named.err()).isEmpty();
        assertThat(status().get("accounts").asInt()).isEqualTo(added);

        Files.delete(Workspace.databaseFile(workspace()));
        CliRun auto = ok("import", "accounts", fixture(file));
        assertThat(auto.out()).isEqualTo(named.out());
    }

    @Test
    void salesforceReportAccountsLandWithIsoCountriesRegionsAndExactAmounts() throws IOException {
        ok("import", "accounts", fixture("salesforce-report-accounts.csv"));
        Map<String, JsonNode> accounts = accounts();
        assertThat(accounts).hasSize(8);
        JsonNode mueller = accounts.get("001000000000001AAA");
        assertThat(mueller.get("name").asText()).isEqualTo("Müller Maschinenbau GmbH");
        assertThat(mueller.get("owner").asText()).isEqualTo("Anna Schmidt");
        assertThat(mueller.get("country").asText()).isEqualTo("DE");
        assertThat(mueller.get("region").asText()).isEqualTo("EMEA");
        assertThat(mueller.get("currency").asText()).isEqualTo("EUR");
        assertThat(mueller.get("annualRevenue").decimalValue()).isEqualByComparingTo("125000000");
        assertThat(mueller.get("employees").asLong()).isEqualTo(1250);
        assertThat(accounts.get("001000000000008AAA").get("annualRevenue").isNull()).isTrue();
        assertThat(accounts.get("001000000000004AAA").get("parentExternalId").asText()).isEqualTo("001000000000003AAA");
        assertThat(accounts.get("001000000000005AAA").get("region").asText()).isEqualTo("APAC");
    }

    @Test
    void otherCrmsKeepTheirAccents() throws IOException {
        ok("import", "accounts", fixture("generic-accounts-de.csv"));
        ok("import", "accounts", fixture("hubspot-companies.csv"));
        ok("import", "accounts", fixture("dirty-accounts.csv"));
        ok("import", "accounts", fixture("generic-accounts-it.csv"));
        Map<String, JsonNode> accounts = accounts();
        assertThat(accounts.get("DE-10001").get("name").asText()).isEqualTo("Weißbach Präzision GmbH");
        assertThat(accounts.get("DE-10001").get("owner").asText()).isEqualTo("Jürgen Groß");
        assertThat(accounts.get("DE-10003").get("region").asText()).isEqualTo("DACH");
        assertThat(accounts.get("9876543205").get("country").asText()).isEqualTo("NZ");
        assertThat(accounts.get("9876543205").get("region").asText()).isEqualTo("APAC");
        assertThat(accounts.get("D-001").get("name").asText()).isEqualTo("Müller, Söhne & Co. KG");
        assertThat(accounts.get("D-002").get("name").asText()).isEqualTo("Café \"Le Petit\" SARL");
        assertThat(accounts.get("D-004").get("name").asText()).contains("\n");
        assertThat(accounts.get("IT-0001").get("annualRevenue").decimalValue()).isEqualByComparingTo("152400000.50");
        assertThat(accounts.get("IT-0002").get("region").asText()).isEqualTo("Sud Europa");
    }

    @Test
    void reImportUpdatesWithoutDuplicates() throws IOException {
        ok("import", "accounts", fixture("salesforce-report-accounts.csv"));
        assertThat(ok("import", "accounts", fixture("salesforce-report-accounts.csv")).out())
                .contains("0 accounts added, 0 updated, 8 unchanged.");
        assertThat(ok("import", "accounts", fixture("salesforce-api-accounts.csv")).out())
                .contains("0 accounts added, 8 updated, 0 unchanged.");
        assertThat(status().get("accounts").asInt()).isEqualTo(8);
        assertThat(accounts().get("001000000000001AAA").get("website").asText())
                .isEqualTo("https://www.mueller-maschinen.de");
    }

    @Test
    void invalidRowsMeanNothingIsImportedAndEveryProblemIsNamed() throws IOException {
        CliRun run = cli("import", "accounts", fixture("accounts-with-errors.csv"));
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        List<String> lines = run.errLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Line 3, column 'currency': 'POUND' ");
        assertThat(lines.get(1)).isEqualTo("Line 5, column 'annual_revenue': '12,5 Mio' is not an amount");
        assertThat(lines.get(2)).isEqualTo("2 problems; nothing was imported.");
        assertThat(run.out()).isEmpty();
        assertThat(status().get("accounts").asInt()).isZero();
    }

    @Test
    void skipInvalidImportsTheValidRowsAndWarns() throws IOException {
        CliRun run = ok("import", "accounts", fixture("accounts-with-errors.csv"), "--skip-invalid");
        assertThat(run.out()).contains("6 rows read, 4 imported, 2 skipped; 4 accounts added");
        assertThat(run.errLines()).hasSize(3);
        assertThat(run.errLines().get(0)).startsWith("Warning: Line 3, column 'currency': 'POUND' ");
        assertThat(run.errLines().get(1)).startsWith("Warning: Line 5, column 'annual_revenue'");
        assertThat(run.errLines().get(2)).isEqualTo("2 problems; 2 rows skipped.");
        assertThat(accounts()).containsOnlyKeys("E-001", "E-003", "E-005", "E-006");
    }

    @Test
    void revenueOverlapNeedsReplaceOrAdd() throws IOException {
        ok("import", "accounts", fixture("salesforce-report-accounts.csv"));
        assertThat(ok("import", "revenue", fixture("revenue-lines.csv")).out())
                .contains("20 rows read, 20 imported; 18 monthly totals added");
        assertTotals(Map.of("EUR", "48901.25", "USD", "341500", "JPY", "7600000", "CHF", "119000.25",
                "GBP", "21100"));

        CliRun refused = cli("import", "revenue", fixture("revenue-wide.csv"));
        assertThat(refused.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(refused.errLines()).singleElement().asString()
                .contains("2023-01 to 2023-07, 2023-09, 2024-01 to 2024-06, 2024-08, 2024-10, 2024-12")
                .contains("--replace").contains("--add");
        assertTotals(Map.of("EUR", "48901.25", "USD", "341500", "JPY", "7600000", "CHF", "119000.25",
                "GBP", "21100"));

        ok("import", "revenue", fixture("revenue-wide.csv"), "--replace");
        assertTotals(Map.of("EUR", "48901.25", "USD", "341500", "JPY", "7600000", "CHF", "61000.25",
                "GBP", "12000"));
    }

    @Test
    void revenueAddSumsWithWhatIsStored() throws IOException {
        ok("import", "accounts", fixture("salesforce-api-accounts.csv"));
        ok("import", "revenue", fixture("revenue-lines.csv"));
        ok("import", "revenue", fixture("revenue-lines.csv"), "--add");
        assertTotals(Map.of("EUR", "97802.5", "USD", "683000", "JPY", "15200000", "CHF", "238000.5",
                "GBP", "42200"));
        assertThat(status().get("revenueRecords").asInt()).isEqualTo(40);
    }

    @Test
    void revenueIntoNewPeriodsNeedsNoFlag() throws IOException {
        ok("import", "accounts", fixture("salesforce-report-accounts.csv"));
        ok("import", "revenue", fixture("revenue-lines.csv"));
        assertThat(ok("import", "revenue", fixture("revenue-periods.csv")).out())
                .contains("6 rows read, 6 imported; 6 monthly totals added");
        assertThat(status().get("years")).extracting(JsonNode::asInt).containsExactly(2023, 2024, 2025);
    }

    @Test
    void revenueForUnknownAccountsIsRefused() throws IOException {
        CliRun run = cli("import", "revenue", fixture("revenue-lines.csv"));
        assertThat(run.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(run.errLines()).hasSize(21).last().isEqualTo("20 problems; nothing was imported.");
        assertThat(status().get("revenueRecords").asInt()).isZero();
    }

    @Test
    void fxRatesAndTheInverseConvention() {
        assertThat(ok("import", "fx", fixture("fx.csv")).out()).contains("15 rows read, 15 imported; 15 rates added");
        assertThat(ok("import", "fx", fixture("fx-inverse.csv"), "--inverse").out())
                .contains("0 rates added, 4 updated, 0 unchanged.");
        try (Workspace ws = Workspace.open(workspace(), null)) {
            List<FxRate> rates = new RatesStore(ws.jdbi()).fxRates();
            assertThat(rates).hasSize(15);
            assertThat(rate(rates, "USD", 2024)).isEqualByComparingTo("0.923872875092");
            assertThat(rate(rates, "CHF", 2024)).isEqualByComparingTo("1.049758555532");
            assertThat(rate(rates, "USD", 2023)).isEqualByComparingTo("0.924813");
        }
    }

    @Test
    void inflationRates() {
        assertThat(ok("import", "inflation", fixture("inflation.csv")).out())
                .contains("12 rows read, 12 imported; 12 rates added");
    }

    @Test
    void xlsxSheetChosenByName() throws IOException {
        Path file = dir.resolve("crm.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            wb.newWorksheet("Notes").value(0, 0, "exported by the CRM");
            Worksheet sheet = wb.newWorksheet("Accounts");
            String[] header = {"Account ID", "Account Name", "Account Owner", "Billing Country", "Annual Revenue",
                    "Account Currency"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "X-1");
            sheet.value(1, 1, "Acme Italia");
            sheet.value(1, 2, "Marco");
            sheet.value(1, 3, "Italy");
            sheet.value(1, 4, new BigDecimal("1500000.25"));
            sheet.value(1, 5, "EUR");
            wb.finish();
        }
        CliRun wrongSheet = cli("import", "accounts", file.toString(), "--sheet", "Kunden");
        assertThat(wrongSheet.exitCode()).isEqualTo(KamCli.BAD_INPUT);
        assertThat(wrongSheet.err()).contains("Notes, Accounts");

        assertThat(ok("import", "accounts", file.toString(), "--sheet", "Accounts").out())
                .contains("1 row read, 1 imported; 1 accounts added");
        JsonNode acme = accounts().get("X-1");
        assertThat(acme.get("country").asText()).isEqualTo("IT");
        assertThat(acme.get("annualRevenue").decimalValue()).isEqualByComparingTo("1500000.25");
    }

    private void assertTotals(Map<String, String> expected) throws IOException {
        JsonNode byCurrency = status().get("revenueByCurrency");
        assertThat(byCurrency.size()).isEqualTo(expected.size());
        expected.forEach((currency, total) ->
                assertThat(byCurrency.get(currency).decimalValue()).as(currency).isEqualByComparingTo(total));
    }

    private static BigDecimal rate(List<FxRate> rates, String currency, int year) {
        return rates.stream().filter(r -> r.currency().equals(currency) && r.year() == year && r.month() == 0)
                .findFirst().orElseThrow().rate();
    }
}
