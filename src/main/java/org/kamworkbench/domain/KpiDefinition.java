package org.kamworkbench.domain;

import java.math.BigDecimal;

/** A KPI of an account, fixed in advance: what it measures, which way is good, how often, from where. */
public record KpiDefinition(
        long id,
        long accountId,
        String name,
        String unit,
        KpiDirection direction,
        KpiFrequency frequency,
        BigDecimal baseline,
        KpiSource source) {

    public KpiDefinition withId(long newId) {
        return new KpiDefinition(newId, accountId, name, unit, direction, frequency, baseline, source);
    }
}
