package org.kamworkbench.domain;

import java.util.Set;

/**
 * Net revenue of one account in one month and one original currency, as stored: the exact sum of
 * the imported lines in units of 1/10 000 of the currency ({@code amountE4}), how many source
 * records made it, and the product lines those records named (empty when the file had none).
 * Revenue is kept at month grain: the analyses need nothing finer.
 */
public record RevenueCell(long accountId, String currency, int year, int month, long amountE4, int records,
                          Set<String> productLines) {
    public static final long SCALE = 10_000L;

    public RevenueCell {
        productLines = productLines.isEmpty() ? Set.of() : productLines;
    }

    /** A cell whose records named no product line. */
    public RevenueCell(long accountId, String currency, int year, int month, long amountE4, int records) {
        this(accountId, currency, year, month, amountE4, records, Set.of());
    }

    public java.math.BigDecimal amount() {
        return java.math.BigDecimal.valueOf(amountE4, 4);
    }

    public int periodKey() {
        return year * 100 + month;
    }
}
