package org.kamworkbench.service.imports.parse;

import java.math.BigDecimal;

/**
 * The digits of the number being read, whole part then decimal part, without separators, and the value they
 * make. Scratch state kept by one parser, so that reading a value allocates nothing; not thread-safe.
 */
final class NumberDigits {
    private static final int MAX_DIGITS = 40;

    private final char[] digits = new char[MAX_DIGITS];
    private int intDigits;
    private int fracDigits;

    void clear() {
        intDigits = 0;
        fracDigits = 0;
    }

    int wholeCount() {
        return intDigits;
    }

    /** Adds a digit of the whole part ({@code fraction} false) or of the decimal part; false when there are too many. */
    boolean keep(char c, boolean fraction) {
        if (intDigits + fracDigits >= MAX_DIGITS) {
            return false;
        }
        if (fraction) {
            digits[intDigits + fracDigits++] = c;
        } else {
            digits[intDigits++] = c;
        }
        return true;
    }

    /** The value in units of 1/10 000; refused when it has more than 4 decimals or does not fit a long. */
    long e4(boolean negative) throws InvalidValueException {
        if (intDigits > PlainAmountBytes.MAX_INT_DIGITS) {
            try {
                return decimal(negative).movePointRight(4).setScale(0).longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidValueException(hasMoreDecimals(decimal(negative)) ? "value.moreDecimals"
                        : "value.tooLarge");
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
                throw new InvalidValueException("value.moreDecimals");
            }
        }
        return negative ? -v : v;
    }

    /** The exact value, with as many decimals as were written. */
    BigDecimal decimal(boolean negative) {
        if (intDigits + fracDigits <= 18) {
            long v = 0;
            for (int k = 0; k < intDigits + fracDigits; k++) {
                v = v * 10 + (digits[k] - '0');
            }
            return BigDecimal.valueOf(negative ? -v : v, fracDigits);
        }
        StringBuilder b = new StringBuilder(intDigits + fracDigits + 2);
        if (negative) {
            b.append('-');
        }
        b.append(digits, 0, intDigits);
        if (fracDigits > 0) {
            b.append('.').append(digits, intDigits, fracDigits);
        }
        return new BigDecimal(b.toString());
    }

    private static boolean hasMoreDecimals(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 4;
    }
}
