package org.kamworkbench.service.team;

import java.math.BigDecimal;

/**
 * What a colleague carries: the key accounts they lead, the key accounts they are on the team of
 * (led ones included), the latest year's revenue of the accounts they lead (reporting currency;
 * null without revenue) and their capacity (null when not set). Key accounts are the accounts
 * with a lead key account manager.
 */
public record Workload(int keyAccountsLed, int keyAccountsOn, BigDecimal revenueManaged, Integer revenueYear,
                       Integer capacity) {

    /** At or over capacity: cannot take another key account. */
    public boolean full() {
        return capacity != null && keyAccountsLed >= capacity;
    }

    /** On more key-account teams than their capacity. */
    public boolean overloaded() {
        return capacity != null && keyAccountsOn > capacity;
    }
}
