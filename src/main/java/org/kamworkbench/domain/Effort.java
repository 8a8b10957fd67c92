package org.kamworkbench.domain;

import java.math.BigDecimal;

/** Effort spent on an account in a calendar year: hours and/or budget (reporting currency); null when not given. */
public record Effort(long accountId, int year, BigDecimal hours, BigDecimal budget) {
    /** True when any hours or budget were spent. */
    public boolean spent() {
        return (hours != null && hours.signum() > 0) || (budget != null && budget.signum() > 0);
    }
}
