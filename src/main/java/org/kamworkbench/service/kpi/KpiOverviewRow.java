package org.kamworkbench.service.kpi;

import org.kamworkbench.domain.Account;

/**
 * One row of the KPI portfolio: an account × one of its KPIs (the series, its latest status first),
 * or, for a designated key account with no active plan or no KPIs, one row without a series saying
 * so: that gap is what its key account manager has to fix.
 *
 * @param series        null when the account has no KPIs
 * @param designatedKey whether the account is designated key (Key accounts screen)
 * @param activePlan    whether the account has an active plan
 */
public record KpiOverviewRow(Account account, KpiSeries series, boolean designatedKey, boolean activePlan) {

    /** A designated key account without an active plan, or with one but no KPIs. */
    public boolean gap() {
        return designatedKey && (!activePlan || series == null);
    }
}
