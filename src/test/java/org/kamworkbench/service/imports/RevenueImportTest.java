package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.fakes.Workbench;

class RevenueImportTest {
    private final Workbench wb = new Workbench();
    private long acme;
    private long globex;
    private long initech;

    @BeforeEach
    void accounts() {
        acme = wb.accounts.add("A1", "Acme GmbH", "DE", "EUR").id();
        globex = wb.accounts.add("A2", "Globex Inc", "US", "USD").id();
        initech = wb.accounts.add("A3", "Initech", "JP", null).id();
    }

    @Test
    void sumsInvoiceLinesPerAccountCurrencyAndMonthExactly() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "invoice_id,account_id,date,amount,product_line",
                "I1,A1,2024-03-01,0.10,Hardware",
                "I1,A1,2024-03-05,0.20,Hardware",
                "I2,A1,2024-03-31 17:00,-0.05,Credit",
                "I3,A1,2024-04-01,1000000000.0001,Services",
                "I4,A2,2024-03-02,99.99,Services");
        assertThat(r.applied()).isTrue();
        assertThat(r.rowsImported()).isEqualTo(5);
        assertThat(r.added()).isEqualTo(3);
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3)).isEqualTo(new RevenueCell(acme, "EUR", 2024, 3, 2500, 3,
                java.util.Set.of("Hardware", "Credit")));
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 4).amountE4()).isEqualTo(10_000_000_000_001L);
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 4).productLines()).containsExactly("Services");
        assertThat(wb.revenue.cell(globex, "USD", 2024, 3).amountE4()).isEqualTo(999_900);
        assertThat(wb.revenue.lastCovered).containsExactlyInAnyOrder(202403, 202404);
        assertThat(wb.revenue.lastMode).isEqualTo(RevenueMode.NEW_PERIODS_ONLY);
    }

    @Test
    void aSixtyFifthProductLineInOneFileIsAProblemNamingIt() {
        String[] lines = new String[66];
        lines[0] = "invoice_id,account_id,date,amount,product_line";
        for (int i = 0; i < 65; i++) {
            lines[i + 1] = "I" + i + ",A1,2024-03-01,1.00,Line " + i;
        }
        ImportReport r = wb.csv(ImportKind.REVENUE, lines);
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(66);
            assertThat(p.reason()).contains("product line number 65");
        });
    }

    @Test
    void matchesAccountsByIdElseByNameTrimmedAndCaseInsensitive() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "Customer,Date,Amount,Currency",
                "A1,2024-01-10,10,EUR", "  acme gmbh ,2024-01-11,5,EUR", "GLOBEX INC,2024-01-12,7,USD");
        assertThat(r.problemCount()).isZero();
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 1).amountE4()).isEqualTo(150_000);
        assertThat(wb.revenue.cell(globex, "USD", 2024, 1).records()).isEqualTo(1);
    }

    @Test
    void longAndNonAsciiIdsMatchToo() {
        long longId = wb.accounts.add("0018d00000AbCdEfGHIJ", "Long Id AG", "DE", "EUR").id();
        long umlaut = wb.accounts.add("Kunde-Ü7", "Umlaut GmbH", "DE", "EUR").id();
        ImportReport r = wb.csv(ImportKind.REVENUE, "account,date,amount", "0018d00000AbCdEfGHIJ,2024-01-10,1",
                "Kunde-Ü7,2024-01-10,2", "0018d00000AbCdEfGHIX,2024-01-10,3");
        assertThat(wb.revenue.cell(longId, "EUR", 2024, 1)).isNull();
        assertThat(r.problems()).singleElement().extracting(ImportProblem::value).isEqualTo("0018d00000AbCdEfGHIX");
        wb.csv(ImportKind.REVENUE, "account,date,amount", "0018d00000AbCdEfGHIJ,2024-01-10,1",
                "Kunde-Ü7,2024-01-10,2");
        assertThat(wb.revenue.cell(longId, "EUR", 2024, 1).amountE4()).isEqualTo(10_000);
        assertThat(wb.revenue.cell(umlaut, "EUR", 2024, 1).amountE4()).isEqualTo(20_000);
    }

    @Test
    void anUnmatchedAccountOrMissingCurrencyIsAProblemAndNothingIsWritten() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2024-01-10,10", "A9,2024-01-10,10",
                "A3,2024-01-10,10", ",2024-01-10,1");
        assertThat(r.applied()).isFalse();
        assertThat(wb.revenue.writes).isZero();
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 3, column 'account': 'A9' matches no account by id or name — import the accounts first, or "
                        + "create the accounts the file names (command line: --create-accounts)",
                "Line 4, column 'amount': the line has no currency and account A3 has none either — give the currency "
                        + "of such lines (command line: --currency CODE), add a currency column or set the account's "
                        + "currency",
                "Line 5, column 'account': the account is empty");
    }

    @Test
    void aCurrencyColumnOrACodeInTheAmountWinsOverTheAccountCurrency() {
        ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withSkipInvalid(true),
                "account,date,amount,currency", "A3,2024-01-10,10,jpy", "A1,2024-01-10,USD 10,EUR",
                "A1,2024-01-10,5,XXX");
        assertThat(wb.revenue.cell(initech, "JPY", 2024, 1).amountE4()).isEqualTo(100_000);
        assertThat(r.problems()).extracting(ImportProblem::reason).containsExactly(
                "is in USD but the line's currency is EUR",
                "is not an ISO 4217 currency code (such as EUR or USD)");
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A3,2023-01-10,CHF 1'000.50");
        assertThat(wb.revenue.cell(initech, "CHF", 2023, 1).amountE4()).isEqualTo(10_005_000);
    }

    @Test
    void periodTotalsAYearCoversTwelveMonthsAndLandsInJanuary() {
        wb.csv(ImportKind.REVENUE, "account,period,amount", "A1,2023,1200", "A1,2024-03,50", "A2,03/2024,7",
                "A2,2024.04,8");
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 1)).isEqualTo(new RevenueCell(acme, "EUR", 2023, 1, 12_000_000, 1));
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 2)).isNull();
        assertThat(wb.revenue.cell(globex, "USD", 2024, 3).amountE4()).isEqualTo(70_000);
        Set<Integer> expected = IntStream.rangeClosed(1, 12).mapToObj(m -> 202300 + m).collect(Collectors.toSet());
        expected.add(202403);
        expected.add(202404);
        assertThat(wb.revenue.lastCovered).isEqualTo(expected);
    }

    @Test
    void separateYearAndMonthColumns() {
        wb.csv(ImportKind.REVENUE, "Kunde;Jahr;Monat;Betrag", "A1;2024;3;1.234,50", "A1;2024;;100");
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).amountE4()).isEqualTo(12_345_000);
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 1).amountE4()).isEqualTo(1_000_000);
    }

    @Test
    void wideFormEachNonEmptyCellIsAYearlyTotal() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "Account ID,Account Name,FY2023,FY 2024,2025 revenue",
                "A1,Acme GmbH,\"1,000.00\",\"2,000.50\",", "A2,Globex Inc,,300,", ",Initech,,,");
        assertThat(r.problemCount()).isZero();
        assertThat(r.added()).isEqualTo(3);
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 1).amountE4()).isEqualTo(10_000_000);
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 1).amountE4()).isEqualTo(20_005_000);
        assertThat(wb.revenue.cell(globex, "USD", 2024, 1).amountE4()).isEqualTo(3_000_000);
        assertThat(wb.revenue.lastCovered).hasSize(24).contains(202301, 202312, 202401, 202412);
    }

    @Test
    void importingIntoMonthsThatHoldRevenueNeedsReplaceOrAdd() {
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2023-01-10,10", "A1,2023-02-10,10", "A1,2024-03-10,10");
        assertThatThrownBy(() -> wb.csv(ImportKind.REVENUE, "account,period,amount", "A2,2023,5", "A2,2024-03,1",
                "A2,2025-01,1"))
                .isInstanceOf(ImportInputException.class)
                .hasMessage("Revenue is already stored for 2023-01 to 2023-02, 2024-03, which this file also covers. "
                        + "Choose to replace the revenue of those months with the file's (command line: --replace) "
                        + "or to add the file's revenue to it (--add).")
                .satisfies(e -> assertThat(((ImportInputException) e).message(java.util.Locale.ITALY)).startsWith(
                        "Il fatturato dei mesi da 2023-01 a 2023-02, 2024-03 è già memorizzato, e anche questo file "
                        + "copre quei mesi."));
        assertThat(wb.revenue.writes).isEqualTo(1);
        // months without revenue need no flag
        assertThat(wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2023-05-10,1").applied()).isTrue();
    }

    @Test
    void replaceEmptiesTheCoveredMonthsForEveryAccount() {
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2023-01-10,10", "A2,2023-01-10,20", "A1,2023-02-10,30");
        ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withRevenueMode(RevenueMode.REPLACE),
                "account,date,amount", "A1,2023-01-15,10", "A1,2023-01-20,1", "A2,2023-03-01,5");
        assertThat(r.added()).isEqualTo(1);
        assertThat(r.updated()).isEqualTo(1);
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 1).amountE4()).isEqualTo(110_000);
        assertThat(wb.revenue.cell(globex, "USD", 2023, 1)).as("replaced for every account").isNull();
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 2).amountE4()).as("a month the file does not cover")
                .isEqualTo(300_000);
    }

    @Test
    void replacingWithTheSameRevenueCountsUnchanged() {
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2023-01-10,10");
        ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withRevenueMode(RevenueMode.REPLACE),
                "account,date,amount", "A1,2023-01-10,10");
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 1).amountE4()).isEqualTo(100_000);
    }

    @Test
    void addPutsTheFilesRevenueOnTopOfWhatIsStored() {
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2023-01-10,10");
        ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withRevenueMode(RevenueMode.ADD),
                "account,date,amount", "A1,2023-01-11,2.5", "A1,2023-02-11,1");
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.added()).isEqualTo(1);
        assertThat(wb.revenue.cell(acme, "EUR", 2023, 1)).isEqualTo(new RevenueCell(acme, "EUR", 2023, 1, 125_000, 2));
    }

    @Test
    void ambiguousDatesAreReadDayFirstUnlessAValueProvesMonthFirst() {
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,01/03/2024,1", "A1,02/03/2024,1");
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).records()).isEqualTo(2);

        Workbench us = new Workbench();
        long id = us.accounts.add("A1", "Acme", "US", "USD").id();
        List<String> lines = new ArrayList<>();
        lines.add("account,date,amount");
        for (int i = 0; i < 1500; i++) {
            lines.add("A1,01/02/2024,1");
        }
        lines.add("A1,01/25/2024,1");
        ImportReport r = us.csv(ImportKind.REVENUE, lines.toArray(String[]::new));
        assertThat(r.problemCount()).isZero();
        assertThat(us.revenue.cell(id, "USD", 2024, 1).records()).as("read again as MM/dd").isEqualTo(1501);
        assertThat(us.files.opened).isEqualTo(2);
        assertThat(us.files.closed).isEqualTo(2);
    }

    @Test
    void spreadsheetCellsSerialDatesAndDecimalYears() {
        wb.files.xlsx = true;
        wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,45352,1", "A1,45353.5,2");
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).amountE4()).isEqualTo(30_000);
        wb.csv(ImportKind.REVENUE, "account,year,month,amount", "A2,2023.0,4.0,5");
        assertThat(wb.revenue.cell(globex, "USD", 2023, 4).amountE4()).isEqualTo(50_000);
    }

    @Test
    void anExplicitDatePatternWins() {
        ImportOptions o = new ImportOptions(null, null, null, null, "MM/dd/yyyy", null, null, false, null, false);
        wb.csv(ImportKind.REVENUE, o, "account,date,amount", "A1,01/03/2024,1");
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 1)).isNotNull();
    }

    @Test
    void badValuesAreReportedWithLineColumnAndValue() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "account,date,amount", "A1,2024-02-30,1", "A1,2024-01-01,1.23456",
                "A1,,12", "A1,2024-01-01,", "A1,2024-01-01,twelve");
        assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 2, column 'date': '2024-02-30' is not a date (expected yyyy-MM-dd)",
                "Line 3, column 'amount': '1.23456' has more than 4 decimals",
                "Line 4, column 'date': the date is empty",
                "Line 5, column 'amount': the amount is empty",
                "Line 6, column 'amount': 'twelve' is not an amount");
    }

    @Test
    void aRevenueFileNeedsAnAmountAndAPeriod() {
        assertThatThrownBy(() -> wb.csv(ImportKind.REVENUE, "account,amount", "A1,1"))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("'date' (or 'period'");
        assertThatThrownBy(() -> wb.csv(ImportKind.REVENUE, "account,date", "A1,2024-01-01"))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("'amount'");
    }

    @Test
    void skipInvalidWritesOnlyTheValidRowsAndTheirMonths() {
        ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withSkipInvalid(true),
                "account,date,amount", "A1,2024-01-01,1", "A9,2024-02-01,1");
        assertThat(r.applied()).isTrue();
        assertThat(r.rowsImported()).isEqualTo(1);
        assertThat(wb.revenue.lastCovered).containsExactly(202401);
    }
}
