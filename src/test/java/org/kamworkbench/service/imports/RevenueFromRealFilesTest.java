package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.service.fx.MissingRateYears;
import org.kamworkbench.service.imports.fakes.Workbench;

/** Invoice files as ERPs and shops write them: quantity × price, no currency, unknown customers, missing FX. */
class RevenueFromRealFilesTest {
    private final Workbench wb = new Workbench();
    private long acme;
    private long initech;

    @BeforeEach
    void accounts() {
        acme = wb.accounts.add("A1", "Acme GmbH", "DE", "EUR").id();
        initech = wb.accounts.add("A3", "Initech", "JP", null).id();
    }

    @Test
    void aLineWithoutAnAmountIsQuantityTimesUnitPriceExactlyAndCancellationsAreNegative() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "Order Date,Customer ID,Qty,Unit Price",
                "2024-03-01,A1,3,2.55", "2024-03-02,A1,-1,2.55", "2024-03-04,A1,12,0.085", "2024-03-05,A1,0.5,0.0002");
        assertThat(r.problems()).isEmpty();
        assertThat(r.applied()).isTrue();
        // 7.65 − 2.55 + 1.02 + 0.0001
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).amountE4()).isEqualTo(61_201);
    }

    @Test
    void aProductWithMoreThanFourDecimalsIsRefusedNamingLineColumnAndBothValues() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "InvoiceDate,CustomerID,Quantity,UnitPrice",
                "2024-03-01,A1,3,2.55", "2024-03-02,A1,0.5,0.0003");
        assertThat(r.applied()).isFalse();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("UnitPrice");
            assertThat(p.value()).isEqualTo("0.5 × 0.0003");
            assertThat(p.reason()).contains("more than 4 decimals");
        });
    }

    @Test
    void productsAreExactEvenBeyondWhatTwoLongsMultiplyAndTooLargeOnesAreRefused() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "date,account,quantity,unit price",
                "2024-03-01,A1,3,2.55", "2024-03-02,A1,-2,2.55", "2024-03-03,A1,1000000,1000000.5",
                "2024-04-01,A1,100000000000,100000000000");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.reason()).contains("too large");
        });
        wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withSkipInvalid(true), "date,account,quantity,unit price",
                "2024-03-01,A1,3,2.55", "2024-03-02,A1,-2,2.55", "2024-03-03,A1,1000000,1000000.5");
        // 7.65 − 5.10 + 1 000 000 500 000
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).amountE4()).isEqualTo(10_000_005_000_025_500L);
    }

    @Test
    void anAmountColumnWinsOverQuantityAndPrice() {
        ImportReport r = wb.csv(ImportKind.REVENUE, "Rechnungsdatum,Kundennummer,Menge,Einzelpreis,Betrag",
                "2024-03-01,A1,3,2.55,100");
        assertThat(r.problems()).isEmpty();
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 3).amountE4()).isEqualTo(1_000_000);
    }

    @Test
    void theUsualHeadersOfQuantityPriceAndDateAreRecognised() {
        for (String header : List.of("Data fattura,Codice cliente,Quantità,Prezzo unitario",
                "Date de facture,Code client,Quantité,Prix unitaire", "Posting Date,Customer,Cantidad,Precio unitario",
                "Belegdatum,Kunde,Anzahl,Preis", "Document Date,Customer ID,Qtà,Prezzo",
                "Data ordine,Cliente,Qty,Price")) {
            ImportReport r = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withRevenueMode(
                    org.kamworkbench.domain.RevenueMode.ADD), header, "2024-05-01,A1,2,10");
            assertThat(r.problems()).as(header).isEmpty();
            assertThat(r.applied()).as(header).isTrue();
        }
        assertThat(wb.revenue.cell(acme, "EUR", 2024, 5).amountE4()).isEqualTo(6 * 200_000);
    }

    @Test
    void onlyAQuantityIsNotEnoughAndTheMessageSaysWhatIsMissing() {
        assertThatThrownBy(() -> wb.csv(ImportKind.REVENUE, "date,account,quantity", "2024-03-01,A1,3"))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("'unitPrice'");
    }

    @Test
    void theCurrencyIsTheCellElseTheGivenOneElseTheAccountsElseAProblemThatSuggestsTheOption() {
        ImportReport without = wb.csv(ImportKind.REVENUE, "date,account,amount,currency",
                "2024-03-01,A1,1,", "2024-03-01,A3,1,");
        assertThat(without.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("currency");
            assertThat(p.reason()).contains("--currency");
        });
        ImportReport given = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withCurrency("usd"),
                "date,account,amount,currency", "2024-03-01,A1,1,", "2024-03-01,A3,2,", "2024-03-01,A3,4,JPY");
        assertThat(given.problems()).isEmpty();
        assertThat(wb.revenue.cell(acme, "USD", 2024, 3).amountE4()).isEqualTo(10_000);
        assertThat(wb.revenue.cell(initech, "USD", 2024, 3).amountE4()).isEqualTo(20_000);
        assertThat(wb.revenue.cell(initech, "JPY", 2024, 3).amountE4()).isEqualTo(40_000);
        assertThatThrownBy(() -> wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withCurrency("Euro"),
                "date,account,amount", "2024-04-01,A1,1"))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("'Euro' is not an ISO 4217");
    }

    @Test
    void anUnknownAccountSuggestsCreatingItAndWithTheOptionItIsCreatedFromIdNameAndCountry() {
        long numbered = wb.accounts.add("4711", "Numbered KG", "DE", "EUR").id();
        String[] file = {"InvoiceDate,CustomerID,CustomerName,Country,Quantity,UnitPrice",
            "2024-03-01,17850.0,Harlow Gifts,United Kingdom,2,5", "2024-03-02,17850,,United Kingdom,1,5",
            "2024-03-03,12583.0,,Unspecified,1,7", "2024-03-04,4711.0,,Germany,1,1", "2024-03-05,,Nobody,France,1,1"};
        ImportReport refused = wb.csv(ImportKind.REVENUE, ImportOptions.defaults().withCurrency("GBP"), file);
        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::reason).anySatisfy(reason ->
                assertThat(reason).contains("--create-accounts"));
        assertThat(wb.accounts.count()).isEqualTo(3);

        ImportOptions create = ImportOptions.defaults().withCurrency("GBP").withCreateAccounts(true);
        ImportReport checked = wb.service.validate(wb.files.lines("v.csv", file), ImportKind.REVENUE, create, null);
        assertThat(checked.accountsCreated()).isEqualTo(2);
        assertThat(wb.accounts.count()).isEqualTo(3);

        ImportReport r = wb.csv(ImportKind.REVENUE, create.withSkipInvalid(true), file);
        assertThat(r.applied()).isTrue();
        assertThat(r.accountsCreated()).isEqualTo(2);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("CustomerID");
        });
        Account harlow = wb.accounts.byExternalId("17850");
        assertThat(harlow.name()).isEqualTo("Harlow Gifts");
        assertThat(harlow.country()).isEqualTo("GB");
        Account unspecified = wb.accounts.byExternalId("12583");
        assertThat(unspecified.name()).isEqualTo("12583");
        assertThat(unspecified.country()).isNull();
        assertThat(unspecified.region()).isEqualTo(Account.UNASSIGNED_REGION);
        assertThat(wb.revenue.cell(harlow.id(), "GBP", 2024, 3).amountE4()).isEqualTo(150_000);
        assertThat(wb.revenue.cell(numbered, "GBP", 2024, 3).amountE4()).isEqualTo(10_000);
        assertThat(wb.accounts.count()).isEqualTo(5);
    }

    @Test
    void revenueWithoutAnFxRateIsReportedPerCurrencyAndYearAndImportedAllTheSame() {
        wb.rates.saveFxRates(List.of(new FxRate("USD", 2023, FxRate.WHOLE_YEAR, new BigDecimal("0.9"))));
        ImportReport r = wb.csv(ImportKind.REVENUE, "date,account,amount,currency", "2023-03-01,A1,1,USD",
                "2024-03-01,A1,1,USD", "2025-01-01,A1,1,USD", "2024-03-01,A1,1,CHF", "2024-03-01,A1,1,EUR");
        assertThat(r.applied()).isTrue();
        assertThat(r.missingRates()).containsExactly(new MissingRateYears("CHF", List.of(2024)),
                new MissingRateYears("USD", List.of(2024, 2025)));
        assertThat(r.missingRates().get(1).describe()).isEqualTo("No FX rate for USD in 2024, 2025");
    }
}
