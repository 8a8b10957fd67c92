package org.kamworkbench.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiEntry;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.kamworkbench.ui.TestWorkspaces;
import org.kamworkbench.ui.common.Background;

/**
 * KPI value entry by two people on one workspace, without a toolkit: a value Maria saved after Anna's timeline
 * was loaded refuses Anna's entry of the same period with Maria's name and time; Anna's typed values stay in the
 * form and go through after a reload. Anna's own entries one after the other are never refused.
 */
class StaleKpiValueTest {
    private static final KpiPeriod Q1 = KpiPeriod.quarter(2026, 1);

    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private KpiService maria;
    private KpiDefinition nps;
    private KpiTimelineViewModel anna;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir);
        Account acme = ws.account("A1", "Acme", "EUR");
        maria = ws.kpisAs("Maria Rossi", Clock.fixed(Instant.parse("2026-03-15T13:32:00Z"), ZoneOffset.UTC));
        nps = ws.kpis.saveKpi(new KpiDefinition(0, acme.id(), "NPS", "pts", KpiDirection.HIGHER_IS_BETTER,
                KpiFrequency.QUARTERLY, null, KpiSource.MANUAL));
        ws.kpis.setEntry(nps.id(), Q1, new BigDecimal("40"), new BigDecimal("38"), null);
        anna = new KpiTimelineViewModel(ws.kpis, ws.plans, Background.DIRECT, TestWorkspaces.english(), acme.id());
        anna.refresh();
        anna.entryKpiProperty().set(anna.definitions().get(0));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private void type(String period, String target, String actual) {
        anna.entryPeriodProperty().set(period);
        anna.entryTargetProperty().set(target);
        anna.entryActualProperty().set(actual);
    }

    private KpiEntry stored(KpiPeriod period) {
        return ws.kpis.entries(nps.id()).stream().filter(e -> e.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void aValueMariaSavedAfterAnnasLoadRefusesAnnasKeepsHerInputAndGoesThroughAfterAReload() {
        maria.setEntry(nps.id(), Q1, new BigDecimal("40"), new BigDecimal("41"), "survey of March",
                maria.entryVersions(java.util.List.of(nps.id())).of(org.kamworkbench.domain.VersionKey.kpiValue(nps.id(), Q1)));
        type("2026-Q1", "40", "39");
        anna.saveEntry();

        assertThat(anna.errorProperty().get()).isEqualTo("Changed by Maria Rossi at 1:32 PM — reload to see it.");
        assertThat(anna.entryPeriodProperty().get()).isEqualTo("2026-Q1");
        assertThat(anna.entryActualProperty().get()).as("the typed actual stays").isEqualTo("39");
        assertThat(stored(Q1).actual()).isEqualByComparingTo("41");

        anna.refresh(); // F5
        anna.saveEntry();
        assertThat(anna.errorProperty().get()).isEmpty();
        assertThat(stored(Q1).actual()).isEqualByComparingTo("39");
    }

    @Test
    void annasOwnEntriesOfOnePeriodOneAfterTheOtherAreNotRefused() {
        type("2026-Q2", "42", "");
        anna.saveEntry();
        type("2026-Q2", "43", "");
        anna.saveEntry();
        assertThat(anna.errorProperty().get()).isEmpty();
        assertThat(stored(KpiPeriod.quarter(2026, 2)).target()).isEqualByComparingTo("43");

        // a first value Maria gave a period Anna saw empty is not overwritten either
        maria.setEntry(nps.id(), KpiPeriod.quarter(2026, 3), new BigDecimal("44"), null, null, 0);
        type("2026-Q3", "45", "");
        anna.saveEntry();
        assertThat(anna.errorProperty().get()).startsWith("Changed by Maria Rossi");
        assertThat(stored(KpiPeriod.quarter(2026, 3)).target()).isEqualByComparingTo("44");
    }
}
