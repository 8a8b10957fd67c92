package org.kamworkbench.service.kpi;

import java.math.BigDecimal;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiStatus;

/** One period of a KPI: target, actual (entered or computed), comment, and the status (null without both). */
public record KpiPoint(KpiPeriod period, BigDecimal target, BigDecimal actual, String comment, KpiStatus status) {
}
