package org.kamworkbench.ui.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.portfolio.AccountFigures;

/**
 * One line of the accounts table, computed once when the table loads so that scrolling, sorting
 * and filtering never call a service. {@code revenue[i]} is the revenue of the table's i-th year
 * in the reporting currency, null when there is none or it could not be converted
 * ({@code unconverted[i]}). Its figures for the chosen year (ABC class, share, growth) come from the
 * portfolio analysis; a row without them has no revenue in that year.
 */
public final class AccountsRow {
    private final Account account;
    private final BigDecimal[] revenue;
    private final boolean[] unconverted;
    private final String searchKey;
    private final AccountFigures figures;

    AccountsRow(AccountRow row, List<Integer> years) {
        this.account = row.account();
        this.revenue = new BigDecimal[years.size()];
        this.unconverted = new boolean[years.size()];
        for (int i = 0; i < years.size(); i++) {
            revenue[i] = row.revenue(years.get(i));
            unconverted[i] = row.unconvertedYears().contains(years.get(i));
        }
        this.searchKey = (nullToEmpty(account.name()) + '\n' + nullToEmpty(account.externalId())).toLowerCase(Locale.ROOT);
        this.figures = null;
    }

    private AccountsRow(AccountsRow row, AccountFigures figures) {
        this.account = row.account;
        this.revenue = row.revenue;
        this.unconverted = row.unconverted;
        this.searchKey = row.searchKey;
        this.figures = figures;
    }

    /** The same row with the figures of another year (null: none). */
    AccountsRow withFigures(AccountFigures yearFigures) {
        return new AccountsRow(this, yearFigures);
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

    /** ABC class in the chosen year; null outside the curve. */
    public String abcClass() {
        return figures == null ? null : figures.abcClass();
    }

    /** Share of the portfolio's revenue in the chosen year, a fraction; null outside the curve. */
    public Double share() {
        return figures == null ? null : figures.share();
    }

    /** Cumulative share up to and including this account in Pareto order; null outside the curve. */
    public Double cumulativeShare() {
        return figures == null ? null : figures.cumulativeShare();
    }

    /** Nominal growth of the chosen year against the year before, a fraction; null when unavailable. */
    public Double nominalGrowth() {
        return figures == null ? null : figures.nominalGrowth();
    }

    /** Real growth (deflated by the inflation of the account's currency or region); null when unavailable. */
    public Double realGrowth() {
        return figures == null ? null : figures.realGrowth();
    }

    boolean matches(String lowerCaseQuery) {
        return searchKey.contains(lowerCaseQuery);
    }
}
