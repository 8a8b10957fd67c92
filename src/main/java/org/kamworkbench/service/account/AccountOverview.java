package org.kamworkbench.service.account;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountProfile;
import org.kamworkbench.domain.Colleague;

/**
 * What the account page shows above and in its Overview tab. Revenue is in the reporting currency:
 * {@code revenueByYear} the account's own per year; {@code groupRevenue} the whole group's (the top
 * of the group and everything below it), all years; a year without an FX rate is left out and named
 * in {@code missingRates}. {@code parent}, {@code abcClass} (last twelve months) and {@code leadKam}
 * are null when there is none.
 */
public record AccountOverview(Account account, AccountProfile profile, Account parent, List<GroupMember> children,
                              Account groupTop, BigDecimal groupRevenue, String reportingCurrency,
                              SortedMap<Integer, BigDecimal> revenueByYear, List<String> missingRates,
                              String abcClass, Colleague leadKam) {
    public AccountOverview {
        children = List.copyOf(children);
        missingRates = List.copyOf(missingRates);
    }
}
