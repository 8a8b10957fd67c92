package org.kamworkbench.service.imports.parse;

/**
 * The one mark a number may carry, before or after its digits: a currency ({@link CurrencyMark}) for amounts,
 * a trailing {@code %} for rates, none for plain numbers. Keeps what the last number carried; scratch state of
 * one parser, not thread-safe.
 */
final class NumberMarks {
    private CurrencyMark currency;
    private boolean percent;

    void clear() {
        currency = null;
        percent = false;
    }

    /** The currency written beside the last number, or null. */
    CurrencyMark currency() {
        return currency;
    }

    /** Whether the last number was written with a percent sign. */
    boolean percent() {
        return percent;
    }

    /** Whether the number already carries its one mark. */
    boolean any() {
        return currency != null || percent;
    }

    /** After a currency at i (and its spaces), i itself when there is none, -1 when the text is no mark. */
    int currencyAt(String s, int i, int j, NumberKind kind) {
        int k = i;
        while (k < j && CurrencyMark.isMarkChar(s.charAt(k))) {
            k++;
        }
        if (k == i) {
            return i;
        }
        if (kind != NumberKind.AMOUNT || (currency = CurrencyMark.find(s, i, k)) == null) {
            return -1;
        }
        return Text.skipSpaces(s, k);
    }

    /** After a trailing currency or '%' at i, i itself when there is none, -1 when the text is no mark. */
    int trailingAt(String s, int i, int j, NumberKind kind) {
        if (i < j && s.charAt(i) == '%') {
            if (kind != NumberKind.RATE) {
                return -1;
            }
            percent = true;
            return Text.skipSpaces(s, i + 1);
        }
        return currency != null ? i : currencyAt(s, i, j, kind);
    }
}
