package org.kamworkbench.service.imports.parse;

/**
 * The fast path of {@link NumberParser#plainE4}: the common case of an amount read straight from the bytes of a
 * UTF-8 file. It runs once per row of a revenue import, so it is one static method over the bytes: no object, no
 * boxing, no virtual call.
 */
final class PlainAmountBytes {
    /** At most this many whole digits: with 4 decimals they fit a long (18 digits) without overflow. */
    static final int MAX_INT_DIGITS = 14;

    private PlainAmountBytes() {
    }

    /**
     * An optional leading {@code -}, 1 to {@value #MAX_INT_DIGITS} digits, and optionally {@code decimal} with 1
     * to 4 digits, in units of 1/10 000; {@link NumberParser#NOT_PLAIN} for anything else.
     */
    static long e4(byte[] b, int from, int to, char decimal) {
        int i = from;
        boolean minus = i < to && b[i] == '-';
        if (minus) {
            i++;
        }
        long v = 0;
        int start = i;
        while (i < to && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i++] - '0');
        }
        int whole = i - start;
        if (whole == 0 || whole > MAX_INT_DIGITS) {
            return NumberParser.NOT_PLAIN;
        }
        int fraction = 0;
        if (i < to) {
            if (b[i] != decimal) {
                return NumberParser.NOT_PLAIN;
            }
            i++;
            while (i < to && b[i] >= '0' && b[i] <= '9' && fraction < 4) {
                v = v * 10 + (b[i++] - '0');
                fraction++;
            }
            if (fraction == 0 || i < to) {
                return NumberParser.NOT_PLAIN;
            }
        }
        for (; fraction < 4; fraction++) {
            v *= 10;
        }
        return minus ? -v : v;
    }
}
