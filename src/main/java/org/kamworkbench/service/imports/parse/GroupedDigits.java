package org.kamworkbench.service.imports.parse;

/**
 * The digits part of a number under a style: digits, optionally grouped by one kind of the style's thousands
 * separator ({@code . ' } space, no-break or thin space with a decimal comma; {@code , ' } space with a decimal
 * point), the first group 1–3 digits and every later group exactly 3, then optionally the style's decimal
 * separator and at least one digit. The digits go into a {@link NumberDigits}.
 */
final class GroupedDigits {
    private final char decimal;
    private final char thousands;
    private final NumberDigits into;

    GroupedDigits(char decimal, NumberDigits into) {
        this.decimal = decimal;
        this.thousands = decimal == '.' ? ',' : '.';
        this.into = into;
    }

    /** Reads the digits from i: the index after the last digit, or -1 when they break the grammar. */
    int scan(String s, int i, int j) {
        int k = i;
        while (k < j && isDigit(s.charAt(k))) {
            if (!into.keep(s.charAt(k++), false)) {
                return -1;
            }
        }
        if (k == i) {
            return -1;
        }
        char kind = 0;
        while (k < j && isGrouping(s.charAt(k))) {
            char c = s.charAt(k);
            boolean space = isGroupSpace(c);
            if (space && (k + 1 >= j || !isDigit(s.charAt(k + 1)))) {
                break; // a space before a currency or sign ends the digits
            }
            char thisKind = space ? ' ' : c == '’' ? '\'' : c;
            if (kind == 0 && into.wholeCount() > 3 || kind != 0 && thisKind != kind) {
                return -1;
            }
            kind = thisKind;
            int g = k + 1;
            while (g < j && isDigit(s.charAt(g))) {
                if (!into.keep(s.charAt(g++), false)) {
                    return -1;
                }
            }
            if (g - k - 1 != 3) {
                return -1;
            }
            k = g;
        }
        if (k < j && s.charAt(k) == decimal) {
            int f = k + 1;
            while (f < j && isDigit(s.charAt(f))) {
                if (!into.keep(s.charAt(f++), true)) {
                    return -1;
                }
            }
            if (f == k + 1) {
                return -1;
            }
            k = f;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isGrouping(char c) {
        return c == thousands || c == '\'' || c == '’' || isGroupSpace(c);
    }

    /** A space, no-break space, narrow no-break, thin or figure space: the spaces that group thousands. */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }
}
