package org.kamworkbench.service.portfolio;

import java.math.BigDecimal;
import org.kamworkbench.domain.Account;

/**
 * The accounts listed apart: zero or negative net revenue in the period (including accounts with
 * no revenue at all), in workspace order. Read-only view.
 */
public final class ExcludedAccounts {
    private final PeriodRevenue revenue;
    private final int[] indices;

    ExcludedAccounts(PeriodRevenue revenue, int[] indices) {
        this.revenue = revenue;
        this.indices = indices;
    }

    public int size() {
        return indices.length;
    }

    public int accountIndex(int i) {
        return indices[i];
    }

    public Account account(int i) {
        return revenue.data.accounts[indices[i]];
    }

    /** Net revenue in the period: zero or negative (credit notes exceeding invoices). */
    public BigDecimal revenue(int i) {
        return revenue.money(indices[i]);
    }
}
