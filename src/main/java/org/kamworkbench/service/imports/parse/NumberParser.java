package org.kamworkbench.service.imports.parse;

import java.math.BigDecimal;

/**
 * Reads numbers written the way people and spreadsheets write them: a decimal point or comma,
 * grouping ("1,234.56", "1.234,56", "1 234,56", "1'234.56", no-break and thin spaces), a leading or
 * trailing minus or parentheses for negatives, and an optional currency symbol or code.
 * Amounts go straight to long units of 1/10 000 without BigDecimal: this is the hot path of a
 * revenue import. One parser per import (it keeps scratch state); not thread-safe.
 */
public final class NumberParser {
    private static final int MAX_DIGITS = 40;
    private static final int MAX_FAST_INT_DIGITS = 14;

    private final NumberStyle style;
    private final char decimal;
    private final char[] digits = new char[MAX_DIGITS];
    private NumberParser alternative;
    private int intDigits;
    private int fracDigits;
    private boolean negative;
    private int exponent;
    private boolean hasExponent;
    private String code;

    public NumberParser(NumberStyle style) {
        this.style = style;
        this.decimal = style.decimal();
    }

    public NumberStyle style() {
        return style;
    }

    /** The three-letter currency code written beside the last number read, or null. */
    public String lastCode() {
        return code;
    }

    /** The amount in units of 1/10 000. */
    public long parseE4(String s) throws InvalidValueException {
        if (!scan(s)) {
            throw failure(s, "is not an amount");
        }
        if (hasExponent || intDigits > MAX_FAST_INT_DIGITS) {
            try {
                return toBigDecimal().movePointRight(4).setScale(0).longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidValueException(hasMoreDecimals(toBigDecimal()) ? "has more than 4 decimals"
                        : "is too large");
            }
        }
        long v = 0;
        for (int k = 0; k < intDigits; k++) {
            v = v * 10 + (digits[k] - '0');
        }
        for (int f = 0; f < 4; f++) {
            v = v * 10 + (f < fracDigits ? digits[intDigits + f] - '0' : 0);
        }
        for (int f = 4; f < fracDigits; f++) {
            if (digits[intDigits + f] != '0') {
                throw new InvalidValueException("has more than 4 decimals");
            }
        }
        return negative ? -v : v;
    }

    /** Any decimal number (rates, percentages). */
    public BigDecimal parseDecimal(String s) throws InvalidValueException {
        if (!scan(s)) {
            throw failure(s, "is not a number");
        }
        return toBigDecimal();
    }

    /** A whole number such as a head count ("1,200" or "1200.00" both read 1200). */
    public long parseWhole(String s) throws InvalidValueException {
        if (!scan(s)) {
            throw failure(s, "is not a whole number");
        }
        try {
            return toBigDecimal().setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("is not a whole number");
        }
    }

    private static boolean hasMoreDecimals(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 4;
    }

    private InvalidValueException failure(String s, String reason) {
        if (!style.firm()) {
            if (alternative == null) {
                alternative = new NumberParser(style.alternative());
            }
            if (alternative.scan(s)) {
                throw StyleConflictException.number(alternative.style);
            }
        }
        return new InvalidValueException(reason);
    }

    private BigDecimal toBigDecimal() {
        StringBuilder b = new StringBuilder(intDigits + fracDigits + 8);
        if (negative) {
            b.append('-');
        }
        if (intDigits == 0) {
            b.append('0');
        }
        b.append(digits, 0, intDigits);
        if (fracDigits > 0) {
            b.append('.').append(digits, intDigits, fracDigits);
        }
        if (hasExponent) {
            b.append('E').append(exponent);
        }
        return new BigDecimal(b.toString());
    }

    /** Splits s into sign, digits and exponent; false when it is not a number in this style. */
    private boolean scan(String s) {
        negative = false;
        hasExponent = false;
        code = null;
        intDigits = 0;
        fracDigits = 0;
        int i = 0;
        int j = s.length();
        boolean open = false;
        boolean closed = false;
        while (i < j) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' || c == decimal) {
                break;
            }
            if (Text.isSpace(c) || c == '+') {
                i++;
            } else if (isMinus(c)) {
                if (negative) {
                    return false;
                }
                negative = true;
                i++;
            } else if (c == '(' && !open) {
                open = true;
                i++;
            } else if (isCurrencyChar(c)) {
                int k = i;
                while (k < j && isCurrencyChar(s.charAt(k))) {
                    k++;
                }
                noteCode(s, i, k);
                i = k;
            } else {
                return false;
            }
        }
        while (j > i) {
            char c = s.charAt(j - 1);
            if (c >= '0' && c <= '9') {
                break;
            }
            if (Text.isSpace(c)) {
                j--;
            } else if (isMinus(c)) {
                if (negative) {
                    return false;
                }
                negative = true;
                j--;
            } else if (c == ')' && open && !closed) {
                closed = true;
                j--;
            } else if (isCurrencyChar(c)) {
                int k = j;
                while (k > i && isCurrencyChar(s.charAt(k - 1))) {
                    k--;
                }
                noteCode(s, k, j);
                j = k;
            } else {
                return false;
            }
        }
        if (open != closed || open && negative) {
            return false;
        }
        negative |= open;
        return scanDigits(s, i, j);
    }

    private boolean scanDigits(String s, int from, int to) {
        boolean seenDecimal = false;
        int groupRun = -1;
        char groupChar = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') {
                if (intDigits + fracDigits >= MAX_DIGITS) {
                    return false;
                }
                if (seenDecimal) {
                    digits[intDigits + fracDigits++] = c;
                } else {
                    digits[intDigits++] = c;
                    if (groupRun >= 0) {
                        groupRun++;
                    }
                }
            } else if (c == decimal) {
                if (seenDecimal || groupRun >= 0 && groupRun != 3) {
                    return false;
                }
                seenDecimal = true;
            } else if (isGrouping(c)) {
                char kind = Text.isSpace(c) ? ' ' : c;
                if (seenDecimal || intDigits == 0 || groupRun >= 0 && groupRun != 3
                        || groupChar != 0 && kind != groupChar) {
                    return false;
                }
                groupChar = kind;
                groupRun = 0;
            } else if ((c == 'e' || c == 'E') && groupChar == 0 && intDigits + fracDigits > 0) {
                return scanExponent(s, k + 1, to);
            } else {
                return false;
            }
        }
        if (groupRun >= 0 && !seenDecimal && groupRun != 3) {
            return false;
        }
        return intDigits + fracDigits > 0 && !(seenDecimal && fracDigits == 0);
    }

    private boolean scanExponent(String s, int from, int to) {
        int k = from;
        boolean minus = false;
        if (k < to && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            minus = s.charAt(k) == '-';
            k++;
        }
        if (k == to || to - k > 3) {
            return false;
        }
        int e = 0;
        for (; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
            e = e * 10 + (c - '0');
        }
        exponent = minus ? -e : e;
        hasExponent = true;
        return true;
    }

    private boolean isGrouping(char c) {
        return c == (decimal == '.' ? ',' : '.') || c == '\'' || c == '’' || Text.isSpace(c);
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }

    private static boolean isCurrencyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    private void noteCode(String s, int from, int to) {
        if (to - from == 3) {
            String candidate = s.substring(from, to);
            if (Currencies.isCode(candidate)) {
                code = candidate;
            }
        }
    }
}
