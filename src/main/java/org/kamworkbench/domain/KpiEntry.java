package org.kamworkbench.domain;

import java.math.BigDecimal;

/** What is stored for a KPI in one period: its target and/or its manual actual, with a comment. */
public record KpiEntry(long kpiId, KpiPeriod period, BigDecimal target, BigDecimal actual, String comment) {
}
