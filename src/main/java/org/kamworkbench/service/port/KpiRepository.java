package org.kamworkbench.service.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiEntry;

/** KPI definitions, their targets and manual actuals per period, clients' estimated spend, the at-risk tolerance. */
public interface KpiRepository {
    List<KpiDefinition> kpisOf(long accountId);

    List<KpiDefinition> allKpis();

    Optional<KpiDefinition> kpi(long id);

    /** Inserts (id 0) or updates a KPI. */
    KpiDefinition saveKpi(KpiDefinition kpi);

    void deleteKpi(long id);

    /** The entries of a KPI, in period order. */
    List<KpiEntry> entries(long kpiId);

    /** Replaces one period's entry; an entry with neither target nor actual is removed. */
    void saveEntry(KpiEntry entry);

    /**
     * Writes an import in one transaction: creates {@code created}, then upserts {@code entries}.
     * An entry whose {@code kpiId} is negative belongs to {@code created.get(-kpiId - 1)}.
     */
    void importEntries(List<KpiDefinition> created, List<KpiEntry> entries);

    /** The client's estimated spend per year (reporting currency). */
    Map<Integer, BigDecimal> clientSpend(long accountId);

    /** Sets (or, with null, removes) one year's estimated spend. */
    void saveClientSpend(long accountId, int year, BigDecimal amount);

    /** The percentage within which a missed target is "at risk" rather than "off track". */
    BigDecimal atRiskPercent();

    void saveAtRiskPercent(BigDecimal percent);
}
