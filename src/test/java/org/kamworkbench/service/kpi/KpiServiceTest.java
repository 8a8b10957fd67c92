package org.kamworkbench.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.store.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class KpiServiceTest {
    @Parameter
    TestDatabase.Kind kind;
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private KpiService kpis;
    private Account acme;
    private Account usCo;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir, kind);
        kpis = ws.kpis;
        acme = ws.account("A1", "Acme", "EUR");
        usCo = ws.account("U1", "US Co", "USD");
        for (int m = 1; m <= 12; m++) {
            ws.revenue(acme, 2024, m, "100");
            ws.revenue(acme, 2025, m, "110.5");
            ws.revenue(usCo, 2024, m, "50");
            ws.revenue(usCo, 2025, m, "40");
        }
        ws.fx("USD", 2024, "0.9");
        ws.fx("USD", 2025, "0.8");
        ws.inflation("EUR", 2025, "2");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void computedKpisAreThoseOfThePortfolioAnalysis() {
        kpi(acme, "Revenue", KpiFrequency.YEARLY, KpiSource.REVENUE);
        kpi(acme, "Growth", KpiFrequency.YEARLY, KpiSource.GROWTH_NOMINAL);
        kpi(acme, "Real growth", KpiFrequency.YEARLY, KpiSource.GROWTH_REAL);
        kpi(acme, "Revenue per quarter", KpiFrequency.QUARTERLY, KpiSource.REVENUE);
        kpi(usCo, "Revenue", KpiFrequency.YEARLY, KpiSource.REVENUE);

        PortfolioData data = ws.portfolio.load();
        Growth expected = ws.portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(2025)))
                .growthOf(data.indexOf("A1"));
        List<KpiSeries> series = kpis.seriesOf(acme.id(), FROM, TO);

        KpiSeries revenue = byName(series, "Revenue");
        assertThat(revenue.points()).extracting(p -> p.period().toString()).containsExactly("2024", "2025", "2026");
        assertThat(revenue.points().get(1).actual()).isEqualByComparingTo(expected.currentRevenue())
                .isEqualByComparingTo("1326");
        assertThat(revenue.points().get(2).actual()).isNull();
        assertThat(revenue.notes()).anyMatch(n -> n.contains("2024-01 to 2025-12"));

        KpiSeries growth = byName(series, "Growth");
        assertThat(growth.points().get(0).actual()).isNull(); // no 2023 to compare with
        assertThat(growth.points().get(1).actual().doubleValue())
                .isEqualTo(expected.nominal().getAsDouble() * 100).isCloseTo(10.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(byName(series, "Real growth").points().get(1).actual().doubleValue())
                .isEqualTo(expected.real().getAsDouble() * 100)
                .isCloseTo((1.105 / 1.02 - 1) * 100, org.assertj.core.data.Offset.offset(1e-9));

        KpiSeries quarters = byName(series, "Revenue per quarter");
        assertThat(quarters.points()).hasSize(12);
        assertThat(quarters.points().get(4).period()).isEqualTo(KpiPeriod.quarter(2025, 1));
        assertThat(quarters.points().get(4).actual()).isEqualByComparingTo("331.5");

        KpiSeries converted = kpis.seriesOf(usCo.id(), FROM, TO).get(0);
        assertThat(converted.points().get(0).actual()).isEqualByComparingTo("540"); // 600 USD at 0.9
        assertThat(converted.points().get(1).actual()).isEqualByComparingTo("384"); // 480 USD at 0.8
    }

    @Test
    void productLinesBoughtCountsTheDistinctLinesOfThePeriodAcrossCurrencies() {
        ws.revenue.write(List.of(
                new org.kamworkbench.domain.RevenueCell(acme.id(), "EUR", 2025, 2, 10, 1, java.util.Set.of("Hardware")),
                new org.kamworkbench.domain.RevenueCell(acme.id(), "EUR", 2025, 5, 10, 2,
                        java.util.Set.of("Hardware", "Services")),
                new org.kamworkbench.domain.RevenueCell(acme.id(), "USD", 2025, 11, 10, 1, java.util.Set.of("Training")),
                new org.kamworkbench.domain.RevenueCell(usCo.id(), "USD", 2025, 5, 10, 1, java.util.Set.of("Cloud"))),
                java.util.Set.of(), org.kamworkbench.domain.RevenueMode.ADD);
        ws.fx("USD", 2025, "0.8");
        kpi(acme, "Product lines", KpiFrequency.YEARLY, KpiSource.PRODUCT_LINES);
        kpi(acme, "Product lines per quarter", KpiFrequency.QUARTERLY, KpiSource.PRODUCT_LINES);

        List<KpiSeries> series = kpis.seriesOf(acme.id(), FROM, TO);
        KpiSeries yearly = byName(series, "Product lines");
        assertThat(yearly.points()).extracting(p -> p.actual()).containsExactly(null, java.math.BigDecimal.valueOf(3),
                null); // 2024's revenue names no product line; 2026 has no revenue
        assertThat(yearly.notes()).anyMatch(n -> n.startsWith("2024: the revenue names no product lines"));
        assertThat(byName(series, "Product lines per quarter").points().subList(4, 8))
                .extracting(p -> p.actual() == null ? null : p.actual().intValue()).containsExactly(1, 2, null, 1);
    }

    @Test
    void shareOfWalletDividesRevenueByTheClientsEstimatedSpend() {
        KpiDefinition sow = kpi(acme, "Share of wallet", KpiFrequency.YEARLY, KpiSource.SHARE_OF_WALLET);
        kpis.setClientSpend(acme.id(), 2025, new BigDecimal("2652"));
        kpis.setEntry(sow.id(), KpiPeriod.year(2025), new BigDecimal("56"), null, null);
        KpiSeries series = kpis.seriesOf(acme.id(), FROM, LocalDate.of(2025, 12, 31)).get(0);
        assertThat(series.points().get(0).actual()).isNull();
        assertThat(series.notes()).anyMatch(n -> n.contains("no estimated client spend for 2024"));
        assertThat(series.points().get(1).actual()).isEqualByComparingTo("50");
        assertThat(series.points().get(1).status()).isEqualTo(KpiStatus.OFF_TRACK);
        assertThatThrownBy(() -> kpi(acme, "Quarterly wallet", KpiFrequency.QUARTERLY, KpiSource.SHARE_OF_WALLET))
                .hasMessageContaining("yearly");
    }

    @Test
    void manualValuesGetAStatusPerPeriodAgainstTheToleranceSetting() {
        KpiDefinition nps = kpi(acme, "NPS", KpiFrequency.QUARTERLY, KpiSource.MANUAL);
        kpis.setEntry(nps.id(), KpiPeriod.quarter(2025, 1), new BigDecimal("40"), new BigDecimal("42"), "good");
        kpis.setEntry(nps.id(), KpiPeriod.quarter(2025, 2), new BigDecimal("40"), new BigDecimal("36"), null);
        kpis.setEntry(nps.id(), KpiPeriod.quarter(2025, 3), new BigDecimal("40"), new BigDecimal("35"), null);
        kpis.setEntry(nps.id(), KpiPeriod.quarter(2025, 4), new BigDecimal("40"), null, null);
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        KpiSeries s = kpis.seriesOf(acme.id(), from, to).get(0);
        assertThat(s.points()).extracting(KpiPoint::status)
                .containsExactly(KpiStatus.ON_TRACK, KpiStatus.AT_RISK, KpiStatus.OFF_TRACK, null);
        assertThat(s.points().get(0).comment()).isEqualTo("good");
        assertThat(s.latestWithStatus().period()).isEqualTo(KpiPeriod.quarter(2025, 3));

        kpis.setAtRiskPercent(new BigDecimal("15"));
        assertThat(kpis.atRiskPercent()).isEqualByComparingTo("15");
        assertThat(kpis.seriesOf(acme.id(), from, to).get(0).points().get(2).status()).isEqualTo(KpiStatus.AT_RISK);
        assertThatThrownBy(() -> kpis.setAtRiskPercent(new BigDecimal("101"))).hasMessageContaining("0 to 100");
    }

    @Test
    void entriesMustMatchTheFrequencyAndComputedKpisTakeOnlyTargets() {
        KpiDefinition nps = kpi(acme, "NPS", KpiFrequency.QUARTERLY, KpiSource.MANUAL);
        KpiDefinition revenue = kpi(acme, "Revenue", KpiFrequency.YEARLY, KpiSource.REVENUE);
        assertThatThrownBy(() -> kpis.setEntry(nps.id(), KpiPeriod.year(2025), null, BigDecimal.ONE, null))
                .hasMessageContaining("quarterly");
        assertThatThrownBy(() -> kpis.setEntry(revenue.id(), KpiPeriod.year(2025), null, BigDecimal.ONE, null))
                .hasMessageContaining("computed");
        assertThatThrownBy(() -> kpi(acme, "nps", KpiFrequency.YEARLY, KpiSource.MANUAL))
                .hasMessageContaining("already");
    }

    @Test
    void thePortfolioViewListsTheDesignatedKeyAccountsAndTheirGaps() {
        kpi(acme, "Revenue", KpiFrequency.YEARLY, KpiSource.REVENUE);
        kpi(usCo, "Revenue", KpiFrequency.YEARLY, KpiSource.REVENUE);
        Account bare = ws.account("B1", "Bare", "EUR");
        assertThat(kpis.overview(FROM, TO)).isEmpty();

        // designated key, no active plan: its KPI is shown, flagged as a gap
        ws.designate(usCo, DesignationStatus.KEY);
        assertThat(kpis.overview(FROM, TO)).singleElement().satisfies(row -> {
            assertThat(row.account().externalId()).isEqualTo("U1");
            assertThat(row.series().kpi().name()).isEqualTo("Revenue");
            assertThat(row.designatedKey()).isTrue();
            assertThat(row.activePlan()).isFalse();
            assertThat(row.gap()).isTrue();
        });

        // designated key with an active plan but no KPIs: one row without a series
        ws.designate(bare, DesignationStatus.KEY);
        ws.plans.activate(ws.plans.createPlan(bare.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)).id());
        // an active plan without the designation: shown, flagged not key
        ws.plans.activate(ws.plans.createPlan(acme.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)).id());
        List<KpiOverviewRow> rows = kpis.overview(FROM, TO);
        assertThat(rows).extracting(r -> r.account().externalId() + " " + r.designatedKey() + " " + r.activePlan()
                + " " + (r.series() == null ? "-" : r.series().kpi().name()) + " " + r.gap())
                .containsExactly("A1 false true Revenue false", "B1 true true - true", "U1 true false Revenue true");
        assertThat(rows.get(0).series().points().get(1).actual()).isEqualByComparingTo("1326");

        // with an active plan and a KPI the key account has no gap; undesignated, it is no longer shown
        ws.plans.activate(ws.plans.createPlan(usCo.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)).id());
        kpi(bare, "NPS", KpiFrequency.YEARLY, KpiSource.MANUAL);
        ws.designate(acme, DesignationStatus.MAINTAIN);
        assertThat(kpis.overview(FROM, TO)).extracting(r -> r.account().externalId() + " " + r.gap())
                .containsExactly("A1 false", "B1 false", "U1 false");
        ws.designate(usCo, DesignationStatus.DEVELOPMENT);
        assertThat(kpis.overview(FROM, TO)).filteredOn(KpiOverviewRow::designatedKey)
                .extracting(r -> r.account().externalId()).containsExactly("B1");
    }

    private KpiDefinition kpi(Account account, String name, KpiFrequency frequency, KpiSource source) {
        return kpis.saveKpi(new KpiDefinition(0, account.id(), name, "", KpiDirection.HIGHER_IS_BETTER, frequency,
                null, source));
    }

    private static KpiSeries byName(List<KpiSeries> series, String name) {
        return series.stream().filter(s -> s.kpi().name().equals(name)).findFirst().orElseThrow();
    }
}
