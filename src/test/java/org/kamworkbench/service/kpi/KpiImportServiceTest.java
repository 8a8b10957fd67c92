package org.kamworkbench.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.plan.PlanWorkspace;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kamworkbench.store.TestDatabase;

@ParameterizedClass
@EnumSource(TestDatabase.Kind.class)
class KpiImportServiceTest {
    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    private PlanWorkspace ws;
    private Account acme;

    @BeforeEach
    void open() {
        ws = new PlanWorkspace(dir, kind);
        acme = ws.account("A1", "Acme", "EUR");
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void anUnknownKpiIsAProblemWithoutCreateAndNothingIsWritten() throws IOException {
        kpi("NPS", KpiFrequency.QUARTERLY);
        Path file = csv("account,kpi,period,value\nA1,NPS,2025-Q1,41\nA1,Churn,2025,3\n");
        KpiImportReport report = ws.kpiImport.importFile(file, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 3, column 'kpi': 'Churn' is not a KPI of account A1 (define it first, or import with --create)");
        assertThat(report.problems()).extracting(p -> p.describe(java.util.Locale.ITALY)).containsExactly(
                "Riga 3, colonna 'kpi': 'Churn' non è un KPI del cliente A1 (definiscilo prima, o importa con --create)");
        assertThat(ws.kpis.entries(ws.kpis.kpisOf(acme.id()).get(0).id())).isEmpty();
    }

    @Test
    void anAccountIdWrittenByASpreadsheetAsAFloatIsTheSameAccount() throws IOException {
        Account numbered = ws.account("17850", "Numbered", "EUR");
        Path file = csv("account,kpi,period,value\n17850.0,Churn,2024,3.5\n");
        KpiImportReport report = ws.kpiImport.importFile(file, true);
        assertThat(report.problems()).isEmpty();
        assertThat(report.applied()).isTrue();
        assertThat(ws.kpis.kpisOf(numbered.id())).hasSize(1);
    }

    @Test
    void withCreateAManualKpiIsDefinedAtTheFrequencyOfItsPeriods() throws IOException {
        Path file = csv("account,kpi,period,value,target,comment\nA1,Churn,2024,3.5,3,too high\nA1,Churn,2025,2.5,,\n");
        KpiImportReport report = ws.kpiImport.importFile(file, true);
        assertThat(report.applied()).isTrue();
        assertThat(report.kpisCreated()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(2);
        KpiDefinition churn = ws.kpis.kpisOf(acme.id()).get(0);
        assertThat(churn.frequency()).isEqualTo(KpiFrequency.YEARLY);
        assertThat(churn.source()).isEqualTo(KpiSource.MANUAL);
        assertThat(ws.kpis.entries(churn.id())).containsExactly(
                new KpiEntry(churn.id(), KpiPeriod.year(2024), new BigDecimal("3"), new BigDecimal("3.5"), "too high"),
                new KpiEntry(churn.id(), KpiPeriod.year(2025), null, new BigDecimal("2.5"), null));
    }

    @Test
    void reimportingKeepsTargetsTheFileLeavesEmptyAndCountsWhatChanged() throws IOException {
        KpiDefinition nps = kpi("NPS", KpiFrequency.MONTHLY);
        ws.kpis.setEntry(nps.id(), KpiPeriod.month(2025, 1), new BigDecimal("40"), new BigDecimal("38"), null);
        ws.kpis.setEntry(nps.id(), KpiPeriod.month(2025, 2), new BigDecimal("40"), new BigDecimal("39"), null);
        Path file = csv("account,kpi,period,value\nA1,nps,2025-01,41\nA1,NPS,2025-02,39\nA1,NPS,2025-03,44\n");
        KpiImportReport report = ws.kpiImport.importFile(file, false);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.added()).isEqualTo(1);
        assertThat(ws.kpis.entries(nps.id()).get(0)).isEqualTo(new KpiEntry(nps.id(), KpiPeriod.month(2025, 1),
                new BigDecimal("40"), new BigDecimal("41"), null));
    }

    @Test
    void everyBadValueIsReportedWithLineColumnValueAndReason() throws IOException {
        kpi("NPS", KpiFrequency.QUARTERLY);
        ws.kpis.saveKpi(new KpiDefinition(0, acme.id(), "Revenue", "", KpiDirection.HIGHER_IS_BETTER,
                KpiFrequency.YEARLY, null, KpiSource.REVENUE));
        Path file = csv("account,kpi,period,value\nZ9,NPS,2025-Q1,1\nA1,NPS,2025-13,1\nA1,NPS,2025-Q2,abc\n"
                + "A1,NPS,2025,4\nA1,Revenue,2025,4\nA1,NPS,2025-Q3,1\nA1,NPS,2025-Q3,2\n");
        KpiImportReport report = ws.kpiImport.importFile(file, false);
        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::describe).containsExactly(
                "Line 2, column 'account': 'Z9' is not the external id of an account in this workspace",
                "Line 3, column 'period': '2025-13' is not a period (write 2025, 2025-Q2 or 2025-03)",
                "Line 4, column 'value': 'abc' is not a number",
                "Line 5, column 'period': '2025' is not a quarterly period, which KPI 'NPS' is measured in",
                "Line 6, column 'kpi': 'Revenue' is computed from the revenue: only manual KPIs take values",
                "Line 8, column 'period': '2025-Q3' repeats KPI 'NPS' of A1 for this period, given on line 7");
    }

    @Test
    void aMissingColumnStopsTheImport() throws IOException {
        Path file = csv("account,kpi,when,value\nA1,NPS,2025,1\n");
        assertThatThrownBy(() -> ws.kpiImport.importFile(file, true)).isInstanceOf(ImportInputException.class)
                .hasMessage("The file has no column 'period': the header must be "
                        + "account,kpi,period,value[,target][,comment].");
    }

    private KpiDefinition kpi(String name, KpiFrequency frequency) {
        return ws.kpis.saveKpi(new KpiDefinition(0, acme.id(), name, "", KpiDirection.HIGHER_IS_BETTER, frequency,
                null, KpiSource.MANUAL));
    }

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("kpi-" + System.nanoTime() + ".csv");
        Files.writeString(file, text);
        return file;
    }
}
