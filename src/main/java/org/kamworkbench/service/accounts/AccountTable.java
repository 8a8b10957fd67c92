package org.kamworkbench.service.accounts;

import java.util.List;

/** Every account with revenue per year; {@code years} are the columns, ascending. */
public record AccountTable(String reportingCurrency, List<Integer> years, List<AccountRow> rows,
                           List<String> missingRates) {
    public AccountTable {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
        missingRates = List.copyOf(missingRates);
    }
}
