package org.kamworkbench.domain;

/**
 * Net revenue of one account in one month and one original currency, as stored: the exact sum of
 * the imported lines in units of 1/10 000 of the currency ({@code amountE4}), and how many
 * source records made it. Revenue is kept at month grain: the analyses need nothing finer.
 */
public record RevenueCell(long accountId, String currency, int year, int month, long amountE4, int records) {
    public static final long SCALE = 10_000L;

    public java.math.BigDecimal amount() {
        return java.math.BigDecimal.valueOf(amountE4, 4);
    }

    public int periodKey() {
        return year * 100 + month;
    }
}
