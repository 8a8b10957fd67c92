package org.kamworkbench.service.team;

import java.math.BigDecimal;

/**
 * What a colleague carries: the accounts they lead as lead key account manager, how many of those
 * are designated key (Key accounts screen), the account teams they are on (led ones included), the
 * latest year's revenue of the accounts they lead (reporting currency; null without revenue) and
 * their capacity (null when not set). Capacity counts lead assignments, designated key or not:
 * leading any account takes a manager's time.
 */
public record Workload(int accountsLed, int keyAccountsLed, int teamsOn, BigDecimal revenueManaged,
                       Integer revenueYear, Integer capacity) {

    /** Leads as many accounts as their capacity: cannot take another lead. */
    public boolean full() {
        return capacity != null && accountsLed >= capacity;
    }

    /** Leads more accounts than their capacity. */
    public boolean overloaded() {
        return capacity != null && accountsLed > capacity;
    }
}
