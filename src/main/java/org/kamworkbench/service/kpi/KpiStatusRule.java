package org.kamworkbench.service.kpi;

import java.math.BigDecimal;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiStatus;

/**
 * The status of an actual against its target, respecting the KPI's direction: on track when it meets
 * the target (equal counts), at risk when it misses by at most {@code tolerancePercent} of the
 * target's size (the edge counts as at risk), off track beyond. Exact decimal arithmetic.
 */
public final class KpiStatusRule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private KpiStatusRule() {
    }

    /** The status, or null when the actual or the target is missing. */
    public static KpiStatus status(KpiDirection direction, BigDecimal actual, BigDecimal target,
                                   BigDecimal tolerancePercent) {
        if (actual == null || target == null) {
            return null;
        }
        BigDecimal shortfall = direction == KpiDirection.HIGHER_IS_BETTER ? target.subtract(actual)
                : actual.subtract(target);
        if (shortfall.signum() <= 0) {
            return KpiStatus.ON_TRACK;
        }
        BigDecimal allowed = target.abs().multiply(tolerancePercent).divide(HUNDRED);
        return shortfall.compareTo(allowed) <= 0 ? KpiStatus.AT_RISK : KpiStatus.OFF_TRACK;
    }
}
