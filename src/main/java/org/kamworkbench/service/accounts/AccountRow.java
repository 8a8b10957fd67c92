package org.kamworkbench.service.accounts;

import java.math.BigDecimal;
import java.util.Map;
import org.kamworkbench.domain.Account;

/**
 * An account with its revenue per year in the reporting currency. A year whose revenue could not
 * be converted (missing FX rate) is absent from {@code revenueByYear} and listed in
 * {@code unconvertedYears}.
 */
public record AccountRow(Account account, Map<Integer, BigDecimal> revenueByYear,
                         java.util.Set<Integer> unconvertedYears) {
    public AccountRow {
        revenueByYear = Map.copyOf(revenueByYear);
        unconvertedYears = java.util.Set.copyOf(unconvertedYears);
    }

    public BigDecimal revenue(int year) {
        return revenueByYear.get(year);
    }
}
