package org.kamworkbench.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.accounts.AccountTable;
import org.kamworkbench.service.demo.InMemoryWorkspace;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.service.demo.DemoPortfolioService;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

class AccountsViewModelTest {
    private static final String[] COUNTRIES = {"DE", "IT", "FR", "US", "JP", "GB", "CH", "ES"};
    private static final String[] OWNERS = {"Anna Keller", "Marco Rossi", "James Carter", "Yuki Tanaka"};

    private final InMemoryWorkspace ws = new InMemoryWorkspace();
    private final AccountsViewModel model = new AccountsViewModel(new AccountService(ws, ws, ws, ws),
            new SettingsService(ws, ws), new PortfolioService(ws, ws, ws, ws), Background.DIRECT,
            TestWorkspaces.english());

    /** {@code n} accounts; account i has revenue i in 2023 and 2i in 2024 (reporting currency). */
    private static AccountTable syntheticTable(int n) {
        List<AccountRow> rows = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String country = COUNTRIES[i % COUNTRIES.length];
            Account a = new Account(i, String.format("CRM-%06d", i), "Company " + i + " " + country + " GmbH",
                    OWNERS[i % OWNERS.length], country, country.equals("US") ? "AMER" : country.equals("JP") ? "APAC"
                    : "EMEA", "Industrial", "Machinery", "Customer", "EUR", BigDecimal.valueOf(i * 1000L),
                    (long) i, null, null);
            rows.add(new AccountRow(a, Map.of(2023, BigDecimal.valueOf(i), 2024, BigDecimal.valueOf(2L * i)),
                    Set.of()));
        }
        return new AccountTable("EUR", List.of(2023, 2024), rows, List.of());
    }

    @Test
    void showsEveryAccountWithItsYearsAndFilterChoices() {
        model.show(AccountsViewModel.load(syntheticTable(1000), List.of()));
        assertThat(model.rows()).hasSize(1000);
        assertThat(model.yearsProperty().get()).containsExactly(2023, 2024);
        assertThat(model.countries()).containsExactly("", "CH", "DE", "ES", "FR", "GB", "IT", "JP", "US");
        assertThat(model.regions()).containsExactly("", "AMER", "APAC", "EMEA");
        assertThat(model.owners()).hasSize(OWNERS.length + 1);
        assertThat(model.countTextProperty().get()).isEqualTo("1,000 of 1,000 accounts");
        assertThat(model.rows().get(9).revenue(1)).isEqualByComparingTo("20");
    }

    @Test
    void searchMatchesNameOrIdIgnoringCase() {
        model.show(AccountsViewModel.load(syntheticTable(1000), List.of()));
        model.searchProperty().set("crm-00012");
        assertThat(model.rows()).extracting(AccountsRow::externalId)
                .containsExactlyInAnyOrder("CRM-000120", "CRM-000121", "CRM-000122", "CRM-000123", "CRM-000124",
                        "CRM-000125", "CRM-000126", "CRM-000127", "CRM-000128", "CRM-000129");
        model.searchProperty().set("  COMPANY 7 es ");
        assertThat(model.rows()).extracting(AccountsRow::name).containsExactly("Company 7 ES GmbH");
        assertThat(model.countTextProperty().get()).isEqualTo("1 of 1,000 accounts");
    }

    @Test
    void filtersCombineAndClear() {
        model.show(AccountsViewModel.load(syntheticTable(1000), List.of()));
        model.countryProperty().set("US");
        assertThat(model.rows()).hasSize(125).allMatch(r -> r.country().equals("US"));
        model.ownerProperty().set("Anna Keller");
        assertThat(model.rows()).isEmpty();
        model.ownerProperty().set("Yuki Tanaka");
        assertThat(model.rows()).hasSize(125).allMatch(r -> r.owner().equals("Yuki Tanaka"));
        model.regionProperty().set("EMEA");
        assertThat(model.rows()).isEmpty();
        assertThat(model.countTextProperty().get()).isEqualTo("0 of 1,000 accounts");
        model.clearFilters();
        assertThat(model.rows()).hasSize(1000);
    }

    @Test
    void sortsNumbersAsNumbers() {
        model.show(AccountsViewModel.load(syntheticTable(20), List.of()));
        model.rows().setComparator(Comparator.comparing((AccountsRow r) -> r.revenue(0)).reversed());
        assertThat(model.rows().get(0).externalId()).isEqualTo("CRM-000020");
        assertThat(model.rows().get(10).externalId()).isEqualTo("CRM-000010");
    }

    @Test
    void filteringOneHundredThousandRowsTakesWellUnder100Milliseconds() {
        model.show(AccountsViewModel.load(syntheticTable(100_000), List.of()));
        String[] queries = {"company 4", "crm-0999", "gmbh", "7", "", "company 12345 "};
        long[] nanos = new long[queries.length * 3];
        for (int round = 0; round < 3; round++) {
            for (int q = 0; q < queries.length; q++) {
                long start = System.nanoTime();
                model.searchProperty().set(queries[q]);
                model.countryProperty().set(round == 1 ? "DE" : AccountsViewModel.ALL);
                nanos[round * queries.length + q] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        long medianMillis = nanos[nanos.length / 2] / 1_000_000;
        System.out.println("Filtering 100 000 rows: median " + medianMillis + " ms, max "
                + nanos[nanos.length - 1] / 1_000_000 + " ms");
        assertThat(medianMillis).isLessThan(100);
        model.searchProperty().set("company 99999 ");
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void aMissingRateShowsAsUnconvertedWithASentence() {
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        ws.deleteFxRate("USD", 2023, 0);
        model.refresh();
        AccountsRow usd = model.rows().stream().filter(r -> "USD".equals(r.currency()) && r.unconverted(1))
                .findFirst().orElseThrow();
        assertThat(usd.revenue(1)).isNull();
        assertThat(model.missingRateText(usd, 1)).isEqualTo(
                "No FX rate for USD → EUR in 2023: add it under Settings › FX rates.");
        assertThat(model.rows().stream().filter(r -> "EUR".equals(r.currency())))
                .allMatch(r -> !r.unconverted(1));
    }

    @Test
    void refreshLoadsThroughTheService() {
        new DemoPortfolioService(ws, ws, ws, ws).load(ProgressMonitor.NONE);
        model.refresh();
        assertThat(model.rows()).hasSize(300);
        assertThat(model.yearsProperty().get()).containsExactly(2022, 2023, 2024);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(ws.fx.values()).extracting(FxRate::currency).contains("USD", "GBP", "CHF", "JPY");
    }

    /** Adds an account in EUR with revenue per (year, month, amount). */
    private void account(String id, Object... yearMonthAmount) {
        long key = ws.accounts.size() + 1;
        ws.accounts.add(new Account(key, id, "Client " + id, "Owner", "DE", "EMEA", "Industrial", "Machinery",
                "Customer", "EUR", null, null, null, null));
        for (int i = 0; i < yearMonthAmount.length; i += 3) {
            ws.cells.add(new RevenueCell(key, "EUR", (Integer) yearMonthAmount[i], (Integer) yearMonthAmount[i + 1],
                    new BigDecimal(yearMonthAmount[i + 2].toString()).movePointRight(4).longValueExact(), 1));
        }
    }

    /**
     * 2024 (complete, December has revenue): A 40, B 30, C 15, D 10, E 5 = 100; 2023: A 32, B 30, C 20, D 10;
     * 2025 only up to March (F 7), so the latest complete year is 2024. EUR inflation 2024: 2 %.
     */
    private AccountsRow handComputed(String id) {
        account("A", 2023, 1, 32, 2024, 12, 40);
        account("B", 2023, 1, 30, 2024, 12, 30);
        account("C", 2023, 1, 20, 2024, 12, 15);
        account("D", 2023, 1, 10, 2024, 12, 10);
        account("E", 2024, 12, 5);
        account("F", 2025, 3, 7);
        ws.saveInflationRates(List.of(new InflationRate("EUR", 2024, new BigDecimal("2"))));
        model.refresh();
        return row(id);
    }

    private AccountsRow row(String id) {
        return model.rows().stream().filter(r -> r.externalId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theFiguresOfTheLatestCompleteYearAreThePortfoliosAbcShareAndGrowth() {
        handComputed("A");
        assertThat(model.figureYears()).containsExactly(2025, 2024, 2023);
        assertThat(model.figureYearProperty().get()).isEqualTo(2024);
        // cumulative .40 .70 .85 .95 1.00; share before C is 70 % < 80: A; before D 85 % < 95: B; before E 95 %: C
        assertThat(model.rows()).extracting(AccountsRow::abcClass).containsExactly("A", "A", "A", "B", "C", null);
        AccountsRow a = row("A");
        assertThat(a.share()).isCloseTo(0.40, within(1e-12));
        assertThat(a.cumulativeShare()).isCloseTo(0.40, within(1e-12));
        assertThat(a.nominalGrowth()).isCloseTo(0.25, within(1e-12));            // 40 / 32 − 1
        assertThat(a.realGrowth()).isCloseTo(1.25 / 1.02 - 1, within(1e-12));    // (1 + 25 %) / (1 + 2 %) − 1
        AccountsRow c = row("C");
        assertThat(c.cumulativeShare()).isCloseTo(0.85, within(1e-12));
        assertThat(c.nominalGrowth()).isCloseTo(-0.25, within(1e-12));           // 15 / 20 − 1
        assertThat(row("B").nominalGrowth()).isCloseTo(0.0, within(1e-12));
        assertThat(row("E").share()).isCloseTo(0.05, within(1e-12));
        assertThat(row("E").nominalGrowth()).as("no revenue the year before").isNull();
        assertThat(row("F").share()).as("no revenue in 2024").isNull();
        assertThat(model.figuresProblemProperty().get()).isEmpty();
    }

    @Test
    void withoutInflationRatesTheRealGrowthColumnSaysWhyItIsEmpty() {
        handComputed("A");
        ws.deleteInflationRate("EUR", 2024);
        model.refresh();
        assertThat(row("A").nominalGrowth()).isCloseTo(0.25, within(1e-12));
        assertThat(row("A").realGrowth()).isNull();
        assertThat(model.figuresProblemProperty().get())
                .isEqualTo("Real growth needs inflation rates for this currency or region: add them under Settings › Inflation.");
    }

    @Test
    void anotherYearRecomputesTheFigures() {
        handComputed("A");
        model.figureYearProperty().set(2025);
        assertThat(row("F").abcClass()).isEqualTo("A");
        assertThat(row("F").share()).isCloseTo(1.0, within(1e-12));
        assertThat(row("A").abcClass()).isNull();
        assertThat(row("A").nominalGrowth()).as("no 2025 revenue, previous 40: −100 %").isCloseTo(-1.0, within(1e-12));
        model.figureYearProperty().set(2023);
        assertThat(row("A").share()).isCloseTo(32.0 / 92, within(1e-12));
        assertThat(row("A").nominalGrowth()).as("no 2022").isNull();
    }

    @Test
    void aReloadKeepsTheChosenYearAndTheFilters() {
        handComputed("A");
        model.figureYearProperty().set(2023);
        model.searchProperty().set("client a");
        model.refresh();
        assertThat(model.figureYearProperty().get()).isEqualTo(2023);
        assertThat(model.rows()).singleElement().satisfies(r ->
                assertThat(r.share()).isCloseTo(32.0 / 92, within(1e-12)));
    }

    @Test
    void aYearWithAMissingRateSaysWhyItHasNoFigures() {
        handComputed("A");
        ws.cells.add(new RevenueCell(1, "USD", 2024, 11, 10_0000, 1));
        model.refresh();
        assertThat(model.figureYearProperty().get()).isEqualTo(2024);
        assertThat(model.figuresProblemProperty().get()).contains("USD");
        assertThat(model.rows()).allMatch(r -> r.abcClass() == null);
    }
}
