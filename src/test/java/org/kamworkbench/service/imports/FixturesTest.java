package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kamworkbench.service.imports.fakes.Workbench.fixture;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.fakes.Workbench;
import org.kamworkbench.service.port.ProgressMonitor;

/** The fixture files of src/test/resources/fixtures, with the counts their README promises. */
class FixturesTest {
    private static final String MUELLER = "001000000000001AAA";
    private final Workbench wb = new Workbench();

    private ImportReport run(String file, ImportKind kind) {
        return wb.importFile(fixture(file), kind);
    }

    private ImportReport run(String file, ImportKind kind, ImportOptions options) {
        return wb.importFile(fixture(file), kind, options);
    }

    private static void assertClean(ImportReport r, long rows, long added, long updated, long unchanged) {
        assertThat(r.problems()).isEmpty();
        assertThat(r.applied()).isTrue();
        assertThat(r.rowsRead()).isEqualTo(rows);
        assertThat(r.added()).isEqualTo(added);
        assertThat(r.updated()).isEqualTo(updated);
        assertThat(r.unchanged()).isEqualTo(unchanged);
    }

    @Test
    void salesforceReportWithItsFooter() {
        assertThat(wb.service.preview(fixture("salesforce-report-accounts.csv"), ImportKind.ACCOUNTS,
                ImportOptions.defaults()).preset()).isEqualTo("salesforce");
        assertClean(run("salesforce-report-accounts.csv", ImportKind.ACCOUNTS), 8, 8, 0, 0);
        Account m = wb.accounts.byExternalId(MUELLER);
        assertThat(m.name()).isEqualTo("Müller Maschinenbau GmbH");
        assertThat(m.country()).isEqualTo("DE");
        assertThat(m.region()).isEqualTo("EMEA");
        assertThat(m.annualRevenue()).isEqualByComparingTo("125000000");
        assertThat(m.employees()).isEqualTo(1250L);
        assertThat(wb.accounts.byExternalId("001000000000004AAA").parentExternalId()).isEqualTo("001000000000003AAA");
        assertThat(wb.accounts.byExternalId("001000000000008AAA").annualRevenue()).isNull();
        assertThat(wb.accounts.findAll().stream().collect(Collectors.groupingBy(Account::region, Collectors.counting())))
                .isEqualTo(Map.of("EMEA", 5L, "AMER", 2L, "APAC", 1L));
        // the same source again: nothing new
        assertClean(run("salesforce-report-accounts.csv", ImportKind.ACCOUNTS), 8, 0, 0, 8);
        // the API export of the same org: same ids, owner ids instead of names, https websites
        assertClean(run("salesforce-api-accounts.csv", ImportKind.ACCOUNTS), 8, 0, 8, 0);
        assertThat(wb.accounts.count()).isEqualTo(8);
        assertThat(wb.accounts.byExternalId(MUELLER).owner()).isEqualTo("0055g00000AnnaSAAA");
    }

    @Test
    void salesforceApiExportAlone() {
        assertClean(run("salesforce-api-accounts.csv", ImportKind.ACCOUNTS), 8, 8, 0, 0);
        assertThat(wb.accounts.byExternalId("001000000000005AAA").currency()).isEqualTo("JPY");
    }

    @Test
    void hubspotCompanies() {
        assertClean(run("hubspot-companies.csv", ImportKind.ACCOUNTS), 6, 6, 0, 0);
        Account kiwi = wb.accounts.byExternalId("9876543205");
        assertThat(kiwi.country()).isEqualTo("NZ");
        assertThat(kiwi.region()).isEqualTo("APAC");
        assertThat(kiwi.website()).isEqualTo("kiwiagritech.co.nz");
        assertThat(kiwi.currency()).isNull();
        assertThat(wb.accounts.byExternalId("9876543206").annualRevenue()).isEqualByComparingTo("4200000000");
    }

    @Test
    void zohoAccounts() {
        assertClean(run("zoho-accounts.csv", ImportKind.ACCOUNTS), 5, 5, 0, 0);
        assertThat(wb.accounts.byExternalId("zcrm_4876876000000412003").country()).isEqualTo("GB");
        assertThat(wb.accounts.byExternalId("zcrm_4876876000000412005").country()).isEqualTo("AT");
        assertThat(wb.accounts.byExternalId("zcrm_4876876000000412002").parentExternalId())
                .isEqualTo("Fratelli Conti Srl");
        assertThat(wb.accounts.byExternalId("zcrm_4876876000000412004").type()).isEqualTo("Customer");
    }

    @Test
    void genericItalian() {
        assertClean(run("generic-accounts-it.csv", ImportKind.ACCOUNTS), 6, 6, 0, 0);
        Account ferri = wb.accounts.byExternalId("IT-0001");
        assertThat(ferri.annualRevenue()).isEqualByComparingTo("152400000.50");
        assertThat(ferri.country()).isEqualTo("IT");
        assertThat(wb.accounts.byExternalId("IT-0002").region()).isEqualTo("Sud Europa");
        assertThat(wb.accounts.byExternalId("IT-0005").employees()).isEqualTo(5400L);
        assertThat(wb.accounts.byExternalId("IT-0005").region()).isEqualTo("AMER");
        assertThat(wb.accounts.byExternalId("IT-0006").country()).isEqualTo("ES");
    }

    @Test
    void genericGermanInWindows1252() {
        assertClean(run("generic-accounts-de.csv", ImportKind.ACCOUNTS), 5, 5, 0, 0);
        Account a = wb.accounts.byExternalId("DE-10001");
        assertThat(a.name()).isEqualTo("Weißbach Präzision GmbH");
        assertThat(a.owner()).isEqualTo("Jürgen Groß");
        assertThat(a.annualRevenue()).isEqualByComparingTo("84500000");
        assertThat(wb.accounts.byExternalId("DE-10003").region()).isEqualTo("DACH");
        assertThat(wb.accounts.byExternalId("DE-10003").annualRevenue()).isEqualByComparingTo("39800000.50");
        assertThat(wb.accounts.byExternalId("DE-10005").country()).isEqualTo("GB");
        assertThat(wb.accounts.byExternalId("DE-10002").employees()).isEqualTo(1450L);
    }

    @Test
    void dirtyAccounts() {
        assertClean(run("dirty-accounts.csv", ImportKind.ACCOUNTS), 6, 6, 0, 0);
        assertThat(wb.accounts.byExternalId("D-001").name()).isEqualTo("Müller, Söhne & Co. KG");
        assertThat(wb.accounts.byExternalId("D-002").name()).isEqualTo("Café \"Le Petit\" SARL");
        assertThat(wb.accounts.byExternalId("D-004").name()).isEqualTo("Nørrebro Ånd Øst ApS\nz. Hd. Einkauf");
        assertThat(wb.accounts.byExternalId("D-006").owner()).isEqualTo("Łukasz Wójcik");
        assertThat(wb.accounts.byExternalId("D-003").region()).isEqualTo("EMEA");
    }

    @Test
    void accountsWithErrors() {
        ImportReport r = run("accounts-with-errors.csv", ImportKind.ACCOUNTS);
        assertThat(r.applied()).isFalse();
        assertThat(wb.accounts.count()).isZero();
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 3, column 'currency': 'POUND' is not an ISO 4217 currency code (such as EUR or USD)",
                "Line 5, column 'annual_revenue': '12,5 Mio' is not an amount");
        ImportReport skipped = run("accounts-with-errors.csv", ImportKind.ACCOUNTS,
                ImportOptions.defaults().withSkipInvalid(true));
        assertThat(skipped.applied()).isTrue();
        assertThat(skipped.added()).isEqualTo(4);
        assertThat(skipped.problemCount()).isEqualTo(2);
        assertThat(skipped.warnings()).as("a skipped row warns of nothing").isEmpty();
        assertThat(wb.accounts.byExternalId("E-002")).isNull();
    }

    @Test
    void revenueLinesThenWideNeedsReplaceThenPeriods() {
        run("salesforce-report-accounts.csv", ImportKind.ACCOUNTS);
        assertClean(run("revenue-lines.csv", ImportKind.REVENUE), 20, 18, 0, 0);
        assertThat(wb.revenue.totalE4("EUR")).isEqualTo(489_012_500L);
        assertThat(wb.revenue.totalE4("USD")).isEqualTo(3_415_000_000L);
        assertThat(wb.revenue.totalE4("JPY")).isEqualTo(76_000_000_000L);
        assertThat(wb.revenue.totalE4("CHF")).isEqualTo(1_190_002_500L);
        assertThat(wb.revenue.totalE4("GBP")).isEqualTo(211_000_000L);
        long globex = wb.accounts.byExternalId("001000000000003AAA").id();
        assertThat(wb.revenue.cell(globex, "USD", 2024, 3).amountE4()).as("credit note nets").isEqualTo(1_500_000_000L);
        assertThat(wb.revenue.monthsWithRevenue()).hasSize(17);

        assertThatThrownBy(() -> run("revenue-wide.csv", ImportKind.REVENUE))
                .isInstanceOf(ImportInputException.class)
                .hasMessageStartingWith("Revenue is already stored for 2023-01 to 2023-07, 2023-09, 2024-01 to 2024-06, "
                        + "2024-08, 2024-10, 2024-12");
        ImportReport wide = run("revenue-wide.csv", ImportKind.REVENUE,
                ImportOptions.defaults().withRevenueMode(RevenueMode.REPLACE));
        assertThat(wide.rowsRead()).isEqualTo(8);
        assertThat(wide.added() + wide.updated() + wide.unchanged()).isEqualTo(14);
        assertThat(wb.revenue.all()).hasSize(14);
        assertThat(wb.revenue.totalE4("CHF")).isEqualTo(610_002_500L);
        assertThat(wb.revenue.totalE4("GBP")).isEqualTo(120_000_000L);
        assertThat(wb.revenue.totalE4("EUR")).isEqualTo(489_012_500L);

        assertClean(run("revenue-periods.csv", ImportKind.REVENUE), 6, 6, 0, 0);
        assertThat(wb.revenue.totalE4("EUR")).isEqualTo(489_012_500L + 209_005_000L);
        assertThat(wb.revenue.lastCovered).containsExactlyInAnyOrder(202501, 202502, 202503);
        long helvetia = wb.accounts.byExternalId("001000000000006AAA").id();
        assertThat(wb.revenue.cell(helvetia, "CHF", 2025, 3).amountE4()).as("matched by name").isEqualTo(200_000_000L);
    }

    @Test
    void revenueWideAlone() {
        run("salesforce-api-accounts.csv", ImportKind.ACCOUNTS);
        assertClean(run("revenue-wide.csv", ImportKind.REVENUE), 8, 14, 0, 0);
        assertThat(wb.revenue.lastCovered).hasSize(24);
    }

    @Test
    void revenueWithoutAccountsListsEveryUnmatchedLine() {
        ImportReport r = run("revenue-lines.csv", ImportKind.REVENUE);
        assertThat(r.applied()).isFalse();
        assertThat(r.problemCount()).isEqualTo(20);
    }

    @Test
    void fxInverseAndInflation() {
        assertClean(run("fx.csv", ImportKind.FX), 15, 15, 0, 0);
        assertThat(wb.rates.fx("JPY", 2023, 0).rate()).isEqualByComparingTo("0.00657938");
        ImportOptions inverse = new ImportOptions(null, null, null, null, null, null, null, false, null, true);
        assertClean(run("fx-inverse.csv", ImportKind.FX, inverse), 4, 0, 4, 0);
        assertThat(wb.rates.fx("USD", 2024, 0).rate()).isEqualTo(new BigDecimal("0.923872875092"));
        assertThat(wb.rates.fx("CHF", 2024, 0).rate()).isEqualTo(new BigDecimal("1.049758555532"));
        assertClean(run("inflation.csv", ImportKind.INFLATION), 12, 12, 0, 0);
        assertThat(wb.rates.inflation("USD", 2024).percent()).isEqualByComparingTo("2.9");
        assertThat(wb.rates.inflation("EMEA", 2024).percent()).isEqualByComparingTo("2.6");
        assertThat(wb.rates.inflation("APAC", 2024).percent()).isEqualByComparingTo("-0.4");
    }

    @Test
    void validationOfAFixtureWritesNothing() {
        ImportReport r = wb.service.validate(fixture("hubspot-companies.csv"), ImportKind.ACCOUNTS,
                ImportOptions.defaults(), ProgressMonitor.NONE);
        assertThat(r.added()).isEqualTo(6);
        assertThat(r.applied()).isFalse();
        assertThat(wb.accounts.count()).isZero();
    }
}
