package org.kamworkbench.domain;

/**
 * Where a KPI's actuals come from: entered by hand (or imported), or computed from the workspace's
 * revenue by the portfolio analysis. Growth and share of wallet are percentages.
 */
public enum KpiSource {
    MANUAL, REVENUE, GROWTH_NOMINAL, GROWTH_REAL, SHARE_OF_WALLET;

    public boolean computed() {
        return this != MANUAL;
    }
}
