package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;

/**
 * What losing the scenario's accounts does to one group.
 *
 * @param revenueAtRisk      the group's revenue before minus after (≥ 0)
 * @param revenueAtRiskShare revenueAtRisk / revenueBefore (NaN when the group had no revenue)
 * @param bandAfter          null when no account with positive revenue is left
 */
public record GroupImpact(String key, BigDecimal revenueBefore, BigDecimal revenueAfter, BigDecimal revenueAtRisk,
                          double revenueAtRiskShare, double hhiBefore, double hhiAfter,
                          ConcentrationBand bandBefore, ConcentrationBand bandAfter) {

    /** True when the group moves into another concentration band (both bands known). */
    public boolean crossesBand() {
        return bandBefore != null && bandAfter != null && bandBefore != bandAfter;
    }
}
