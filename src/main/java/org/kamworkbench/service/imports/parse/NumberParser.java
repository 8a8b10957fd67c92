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
 * <p>This class reads the sign and the order of the parts; {@link GroupedDigits} the digits and their groups,
 * {@link NumberMarks} the currency or percent sign, {@link NumberDigits} makes the value, and
 * {@link PlainAmountBytes} is the byte fast path.
 */
public final class NumberParser {
    /** What {@link #plainE4} gives for bytes that are not a plain number. */
    public static final long NOT_PLAIN = Long.MIN_VALUE;
    /** The canonical form of numeric spreadsheet cells: decimal point, no grouping, no currency. */
    private static final NumberStyle CANONICAL = new NumberStyle('.', true);

    private final NumberStyle style;
    private final char decimal;
    private final NumberDigits digits = new NumberDigits();
    private final GroupedDigits grouped;
    private final NumberMarks marks = new NumberMarks();
    private NumberParser alternative;
    private NumberParser canonical;
    private boolean negative;

    public NumberParser(NumberStyle style) {
        this.style = style;
        this.decimal = style.decimal();
        this.grouped = new GroupedDigits(decimal, digits);
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
        return marks.currency();
    }

    /** Whether the last rate read was written with a percent sign. */
    public boolean lastWasPercent() {
        return marks.percent();
    }

    /** An amount in units of 1/10 000; a currency may be written beside it (see {@link #lastCurrency()}). */
    public long parseE4(String s) throws InvalidValueException {
        if (!scan(s, NumberKind.AMOUNT)) {
            throw failure(s, NumberKind.AMOUNT, "value.notAmount");
        }
        return digits.e4(negative);
    }

    /**
     * The common case of {@link #parseE4} read straight from the bytes of a UTF-8 file: an optional leading
     * {@code -}, 1 to 14 digits, and optionally this style's decimal separator with 1 to 4 digits. Anything
     * else (grouping, a currency, another sign, more decimals, spaces) gives {@link #NOT_PLAIN}: read the
     * text with {@link #parseE4}, which holds the grammar. For the values it reads, both give the same.
     */
    public long plainE4(byte[] b, int from, int to) {
        return PlainAmountBytes.e4(b, from, to, decimal);
    }

    /** An amount as an exact decimal; a currency may be written beside it (see {@link #lastCurrency()}). */
    public BigDecimal parseAmount(String s) throws InvalidValueException {
        if (!scan(s, NumberKind.AMOUNT)) {
            throw failure(s, NumberKind.AMOUNT, "value.notAmount");
        }
        return digits.decimal(negative);
    }

    /** A plain number (an FX rate, a KPI value, a threshold): no currency, no percent sign. */
    public BigDecimal parseDecimal(String s) throws InvalidValueException {
        if (!scan(s, NumberKind.PLAIN)) {
            throw failure(s, NumberKind.PLAIN, "value.notNumber");
        }
        return digits.decimal(negative);
    }

    /**
     * A rate: a plain number or a percentage ("2,5 %", "2.5%"), returned as written (2.5 for both);
     * {@link #lastWasPercent()} tells which.
     */
    public BigDecimal parseRate(String s) throws InvalidValueException {
        if (!scan(s, NumberKind.RATE)) {
            throw failure(s, NumberKind.RATE, "value.notRate");
        }
        return digits.decimal(negative);
    }

    /** A whole number such as a head count ("1,200" or "1200.00" both read 1200). */
    public long parseWhole(String s) throws InvalidValueException {
        if (!scan(s, NumberKind.PLAIN)) {
            throw failure(s, NumberKind.PLAIN, "value.notWhole");
        }
        try {
            return digits.decimal(negative).setScale(0).longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("value.notWhole");
        }
    }

    /** Whether {@code s} is a number of this style in the given mode; for callers that only validate. */
    public boolean isNumber(String s) {
        return scan(s, NumberKind.PLAIN);
    }

    private InvalidValueException failure(String s, NumberKind kind, String reasonKey) {
        if (!style.firm()) {
            if (alternative == null) {
                alternative = new NumberParser(style.alternative());
            }
            if (alternative.scan(s, kind)) {
                throw StyleConflictException.number(alternative.style);
            }
        }
        if (s.isEmpty() || Text.strip(s).isEmpty()) {
            return new InvalidValueException("value.empty");
        }
        return new InvalidValueException(reasonKey);
    }

    /**
     * Reads s as [mark] [sign or '('] [mark] digits [mark] [')' or '-'] [mark], at most one mark (a currency
     * for amounts, '%' for rates, none otherwise), spaces allowed between the parts; false when it is not
     * a number in this style.
     */
    private boolean scan(String s, NumberKind kind) {
        negative = false;
        marks.clear();
        digits.clear();
        int i = Text.skipSpaces(s, 0);
        int j = s.length(); // every part skips the spaces after it, so trailing spaces need no trimming
        i = marks.currencyAt(s, i, j, kind);
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
                i = Text.skipSpaces(s, i + 1);
            } else if (c == '(') {
                open = true;
                i = Text.skipSpaces(s, i + 1);
            }
        }
        if (marks.currency() == null) {
            i = marks.currencyAt(s, i, j, kind);
            if (i < 0) {
                return false;
            }
        }
        int k = grouped.scan(s, i, j);
        if (k < 0) {
            return false;
        }
        k = marks.trailingAt(s, Text.skipSpaces(s, k), j, kind);
        if (k < 0) {
            return false;
        }
        if (k < j) {
            char c = s.charAt(k);
            if (c == ')' && open) {
                open = false;
                negative = true;
                k = Text.skipSpaces(s, k + 1);
            } else if (isMinus(c) && !signed && !open) {
                negative = true;
                k = Text.skipSpaces(s, k + 1);
            }
        }
        if (open) {
            return false;
        }
        if (!marks.any()) {
            k = marks.trailingAt(s, k, j, kind);
            if (k < 0) {
                return false;
            }
        }
        return k == j;
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }
}
