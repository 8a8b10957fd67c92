package org.kamworkbench.service.kpi;

import org.kamworkbench.domain.Account;

/** One key account × one of its KPIs in the portfolio view: the series, its latest status first. */
public record KpiOverviewRow(Account account, KpiSeries series) {
}
