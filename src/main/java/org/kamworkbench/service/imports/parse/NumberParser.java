package org.kamworkbench.service.imports.parse;

import java.math.BigDecimal;
import org.kamworkbench.service.port.TableRow;

/**
 * The one strict reader of numbers (ARCHITECTURE §4 "Reading values"). Under a style (decimal point or
 * decimal comma) a number is, and nothing else:
 * <ul>
 * <li>an optional sign: a leading {@code -} or {@code +}, a trailing {@code -} (SAP), or parentheses;</li>
 * <li>digits, optionally grouped by one kind of the style's thousands separator ({@code . ' } space,
 * no-break or thin space with a decimal comma; {@code , ' } space with a decimal point): the first group
 * 1–3 digits, every later group exactly 3;</li>
 * <li>an optional decimal part: the style's decimal separator and at least one digit;</li>
 * <li>for amounts, optionally one currency before or after (an ISO 4217 code or a symbol, see
 * {@link CurrencyMark}), with or without a space; the caller checks it against the line's currency;</li>
 * <li>for rates, optionally a trailing {@code %}.</li>
 * </ul>
 * Letters, units, exponents, NaN, Infinity, a second decimal separator or a group of the wrong length
 * make the value refused. Amounts go straight to long units of 1/10 000 without BigDecimal: this is
 * the hot path of a revenue import (no regex, no object per value). One parser per import (it keeps
 * scratch state); not thread-safe.
 */
public final class NumberParser {
    /** What {@link #plainE4} gives for bytes that are not a plain number. */
    public static final long NOT_PLAIN = Long.MIN_VALUE;
    private static final int MAX_DIGITS = 40;
    private static final int MAX_FAST_INT_DIGITS = 14;
    /** The canonical form of numeric spreadsheet cells: decimal point, no grouping, no currency. */
    private static final NumberStyle CANONICAL = new NumberStyle('.', true);

    private final NumberStyle style;
    private final char decimal;
    private final char[] digits = new char[MAX_DIGITS];
    private NumberParser alternative;
    private NumberParser canonical;
    private int intDigits;
    private int fracDigits;
    private boolean negative;
    private CurrencyMark mark;
    private boolean percent;

    public NumberParser(NumberStyle style) {
        this.style = style;
        this.decimal = style.decimal();
    }

    /** A reader of numbers as the user's locale writes them: firm, with the locale's decimal separator. */
    public static NumberParser forDecimalSeparator(char decimal) {
        return new NumberParser(new NumberStyle(decimal, true));
    }

    public NumberStyle style() {
        return style;
    }

    /**
     * The reader of numeric spreadsheet cells, which the table source writes in one canonical plain
     * form (decimal point, no grouping) whatever the file's style.
     */
    public NumberParser canonical() {
        if (style.equals(CANONICAL)) {
            return this;
        }
        if (canonical == null) {
            canonical = new NumberParser(CANONICAL);
        }
        return canonical;
    }

    /** The reader for a cell: the canonical one for a number cell of a spreadsheet, else this one. */
    public NumberParser forCell(TableRow row, int column) {
        return row.isNumeric(column) ? canonical() : this;
    }

    /** The currency written beside the last amount read, or null. */
    public CurrencyMark lastCurrency() {
        return mark;
    }

    /** Whether the last rate read was written with a percent sign. */
    public boolean lastWasPercent() {
        return percent;
    }

    /** An amount in units of 1/10 000; a currency may be written beside it (see {@link #lastCurrency()}). */
    public long parseE4(String s) throws InvalidValueException {
        if (!scan(s, Mode.AMOUNT)) {
            throw failure(s, Mode.AMOUNT, "value.notAmount");
        }
        if (intDigits > MAX_FAST_INT_DIGITS) {
            try {
                return toBigDecimal().movePointRight(4).setScale(0).longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidValueException(hasMoreDecimals(toBigDecimal()) ? "value.moreDecimals"
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

    /**
     * The common case of {@link #parseE4} read straight from the bytes of a UTF-8 file: an optional leading
     * {@code -}, 1 to 14 digits, and optionally this style's decimal separator with 1 to 4 digits. Anything
     * else (grouping, a currency, another sign, more decimals, spaces) gives {@link #NOT_PLAIN}: read the
     * text with {@link #parseE4}, which holds the grammar. For the values it reads, both give the same.
     */
    public long plainE4(byte[] b, int from, int to) {
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
        if (whole == 0 || whole > MAX_FAST_INT_DIGITS) {
            return NOT_PLAIN;
        }
        int fraction = 0;
        if (i < to) {
            if (b[i] != decimal) {
                return NOT_PLAIN;
            }
            i++;
            while (i < to && b[i] >= '0' && b[i] <= '9' && fraction < 4) {
                v = v * 10 + (b[i++] - '0');
                fraction++;
            }
            if (fraction == 0 || i < to) {
                return NOT_PLAIN;
            }
        }
        for (; fraction < 4; fraction++) {
            v *= 10;
        }
        return minus ? -v : v;
    }

    /** An amount as an exact decimal; a currency may be written beside it (see {@link #lastCurrency()}). */
    public BigDecimal parseAmount(String s) throws InvalidValueException {
        if (!scan(s, Mode.AMOUNT)) {
            throw failure(s, Mode.AMOUNT, "value.notAmount");
        }
        return toBigDecimal();
    }

    /** A plain number (an FX rate, a KPI value, a threshold): no currency, no percent sign. */
    public BigDecimal parseDecimal(String s) throws InvalidValueException {
        if (!scan(s, Mode.PLAIN)) {
            throw failure(s, Mode.PLAIN, "value.notNumber");
        }
        return toBigDecimal();
    }

    /**
     * A rate: a plain number or a percentage ("2,5 %", "2.5%"), returned as written (2.5 for both);
     * {@link #lastWasPercent()} tells which.
     */
    public BigDecimal parseRate(String s) throws InvalidValueException {
        if (!scan(s, Mode.RATE)) {
            throw failure(s, Mode.RATE, "value.notRate");
        }
        return toBigDecimal();
    }

    /** A whole number such as a head count ("1,200" or "1200.00" both read 1200). */
    public long parseWhole(String s) throws InvalidValueException {
        if (!scan(s, Mode.PLAIN)) {
            throw failure(s, Mode.PLAIN, "value.notWhole");
        }
        try {
            return toBigDecimal().setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("value.notWhole");
        }
    }

    /** Whether {@code s} is a number of this style in the given mode; for callers that only validate. */
    public boolean isNumber(String s) {
        return scan(s, Mode.PLAIN);
    }

    private static boolean hasMoreDecimals(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 4;
    }

    private InvalidValueException failure(String s, Mode mode, String reasonKey) {
        if (!style.firm()) {
            if (alternative == null) {
                alternative = new NumberParser(style.alternative());
            }
            if (alternative.scan(s, mode)) {
                throw StyleConflictException.number(alternative.style);
            }
        }
        if (s.isEmpty() || Text.strip(s).isEmpty()) {
            return new InvalidValueException("value.empty");
        }
        return new InvalidValueException(reasonKey);
    }

    private BigDecimal toBigDecimal() {
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

    private enum Mode { AMOUNT, PLAIN, RATE }

    /**
     * Reads s as [mark] [sign or '('] [mark] digits [mark] [')' or '-'] [mark], at most one mark (a currency
     * for amounts, '%' for rates, none otherwise), spaces allowed between the parts; false when it is not
     * a number in this style.
     */
    private boolean scan(String s, Mode mode) {
        negative = false;
        mark = null;
        percent = false;
        intDigits = 0;
        fracDigits = 0;
        int i = skipSpaces(s, 0);
        int j = s.length(); // every part skips the spaces after it, so trailing spaces need no trimming
        i = markAt(s, i, j, mode);
        if (i < 0) {
            return false;
        }
        boolean open = false;
        boolean signed = false;
        if (i < j) {
            char c = s.charAt(i);
            if (isMinus(c) || c == '+') {
                negative = c != '+';
                signed = true;
                i = skipSpaces(s, i + 1);
            } else if (c == '(') {
                open = true;
                i = skipSpaces(s, i + 1);
            }
        }
        if (mark == null) {
            i = markAt(s, i, j, mode);
            if (i < 0) {
                return false;
            }
        }
        int k = scanDigits(s, i, j);
        if (k < 0) {
            return false;
        }
        k = trailingMark(s, skipSpaces(s, k), j, mode);
        if (k < 0) {
            return false;
        }
        if (k < j) {
            char c = s.charAt(k);
            if (c == ')' && open) {
                open = false;
                negative = true;
                k = skipSpaces(s, k + 1);
            } else if (isMinus(c) && !signed && !open) {
                negative = true;
                k = skipSpaces(s, k + 1);
            }
        }
        if (open) {
            return false;
        }
        if (mark == null && !percent) {
            k = trailingMark(s, k, j, mode);
            if (k < 0) {
                return false;
            }
        }
        return k == j;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Text.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** After a currency at i (and its spaces), i itself when there is none, -1 when the text is no mark. */
    private int markAt(String s, int i, int j, Mode mode) {
        int k = i;
        while (k < j && CurrencyMark.isMarkChar(s.charAt(k))) {
            k++;
        }
        if (k == i) {
            return i;
        }
        if (mode != Mode.AMOUNT || (mark = CurrencyMark.find(s, i, k)) == null) {
            return -1;
        }
        return skipSpaces(s, k);
    }

    /** After a trailing currency or '%' at i, i itself when there is none, -1 when the text is no mark. */
    private int trailingMark(String s, int i, int j, Mode mode) {
        if (i < j && s.charAt(i) == '%') {
            if (mode != Mode.RATE) {
                return -1;
            }
            percent = true;
            return skipSpaces(s, i + 1);
        }
        return mark != null ? i : markAt(s, i, j, mode);
    }

    /** Reads the digits from i: the index after the last digit, or -1 when they break the grammar. */
    private int scanDigits(String s, int i, int j) {
        int k = i;
        while (k < j && isDigit(s.charAt(k))) {
            if (!keep(s.charAt(k++), false)) {
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
            if (kind == 0 && intDigits > 3 || kind != 0 && thisKind != kind) {
                return -1;
            }
            kind = thisKind;
            int g = k + 1;
            while (g < j && isDigit(s.charAt(g))) {
                if (!keep(s.charAt(g++), false)) {
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
                if (!keep(s.charAt(f++), true)) {
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

    private boolean keep(char c, boolean fraction) {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean isGrouping(char c) {
        return c == (decimal == '.' ? ',' : '.') || c == '\'' || c == '’' || isGroupSpace(c);
    }

    /** A space, no-break space, narrow no-break, thin or figure space: the spaces that group thousands. */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }
}
