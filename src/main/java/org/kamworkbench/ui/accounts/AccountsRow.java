package org.kamworkbench.ui.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.accounts.AccountRow;

/**
 * One line of the accounts table, computed once when the table loads so that scrolling, sorting
 * and filtering never call a service. {@code revenue[i]} is the revenue of the table's i-th year
 * in the reporting currency, null when there is none or it could not be converted
 * ({@code unconverted[i]}).
 */
public final class AccountsRow {
    private final Account account;
    private final BigDecimal[] revenue;
    private final boolean[] unconverted;
    private final String searchKey;

    AccountsRow(AccountRow row, List<Integer> years) {
        this.account = row.account();
        this.revenue = new BigDecimal[years.size()];
        this.unconverted = new boolean[years.size()];
        for (int i = 0; i < years.size(); i++) {
            revenue[i] = row.revenue(years.get(i));
            unconverted[i] = row.unconvertedYears().contains(years.get(i));
        }
        this.searchKey = (nullToEmpty(account.name()) + '\n' + nullToEmpty(account.externalId())).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public Account account() {
        return account;
    }

    public String externalId() {
        return account.externalId();
    }

    public String name() {
        return account.name();
    }

    public String owner() {
        return account.owner();
    }

    public String country() {
        return account.country();
    }

    public String region() {
        return account.region();
    }

    public String division() {
        return account.division();
    }

    public String industry() {
        return account.industry();
    }

    public String type() {
        return account.type();
    }

    public String currency() {
        return account.currency();
    }

    public BigDecimal annualRevenue() {
        return account.annualRevenue();
    }

    public Long employees() {
        return account.employees();
    }

    /** Revenue of the table's {@code yearIndex}-th year in the reporting currency, or null. */
    public BigDecimal revenue(int yearIndex) {
        return revenue[yearIndex];
    }

    /** True when that year's revenue exists but a missing FX rate kept it from being converted. */
    public boolean unconverted(int yearIndex) {
        return unconverted[yearIndex];
    }

    boolean matches(String lowerCaseQuery) {
        return searchKey.contains(lowerCaseQuery);
    }
}
