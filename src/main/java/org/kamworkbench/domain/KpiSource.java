package org.kamworkbench.domain;

/**
 * Where a KPI's actuals come from: entered by hand (or imported), or computed from the workspace's
 * revenue by the portfolio analysis. Growth and share of wallet are percentages; product lines is
 * the number of distinct product lines the account bought in the period (cross-sell).
 */
public enum KpiSource {
    MANUAL, REVENUE, GROWTH_NOMINAL, GROWTH_REAL, SHARE_OF_WALLET, PRODUCT_LINES;

    public boolean computed() {
        return this != MANUAL;
    }
}
