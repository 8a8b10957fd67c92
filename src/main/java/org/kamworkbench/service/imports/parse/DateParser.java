package org.kamworkbench.service.imports.parse;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads dates in one {@link DateStyle}, with or without a time part, to yyyymmdd. The common styles
 * are read by hand (a few char comparisons per value, the hot path of an invoice import); an
 * explicit java.time pattern is read by java.time, with a bounded cache since dates repeat.
 * One parser per import; not thread-safe.
 */
public final class DateParser {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;
    private static final int CACHE_LIMIT = 50_000;
    /** A bare number read as an earlier date is more likely a mistake than a date. */
    private static final int MIN_SERIAL_YEAR = 1950;
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final DateStyle style;
    private final String pattern;
    private final DateTimeFormatter formatter;
    private final Map<String, Integer> cache;
    private final boolean excelSerials;

    public DateParser(DateStyle style) {
        this(style, false);
    }

    /**
     * @param excelSerials also read spreadsheet serial day numbers (45352 = 2024-03-01), as XLSX
     *                     readers hand over date cells
     */
    public DateParser(DateStyle style, boolean excelSerials) {
        this.style = style;
        this.excelSerials = excelSerials;
        this.pattern = style.pattern();
        if (style.explicitPattern() != null) {
            this.formatter = formatter(style.explicitPattern());
            this.cache = new HashMap<>();
        } else {
            this.formatter = null;
            this.cache = null;
        }
    }

    /** @throws IllegalArgumentException with a user sentence when the pattern is not a date pattern */
    public static DateTimeFormatter formatter(String pattern) {
        try {
            // 'u' (proleptic year) instead of 'y' (year of era) lets STRICT resolve without an era
            return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new org.kamworkbench.service.message.UserInputException("import.badDatePattern", pattern);
        }
    }

    public DateStyle style() {
        return style;
    }

    /** The date as year*10000 + month*100 + day, read from text (never as a spreadsheet serial). */
    public int parse(String s) throws InvalidValueException {
        return parse(s, false);
    }

    /**
     * The date as year*10000 + month*100 + day; {@code numericCell} says the value was a number cell of
     * a spreadsheet, the only place an Excel serial day number is read (when this parser reads them).
     */
    public int parse(String s, boolean numericCell) throws InvalidValueException {
        if (formatter != null) {
            return parseExplicit(s);
        }
        int v = parseFast(s, style.order(), style.separator());
        if (v > 0) {
            return v;
        }
        if (excelSerials && numericCell) {
            v = excelSerial(s);
            if (v > 0) {
                return v;
            }
        }
        if (!style.firm() && style.order() == DateStyle.Order.DMY
                && parseFast(s, DateStyle.Order.MDY, style.separator()) > 0) {
            throw StyleConflictException.date(style.asMonthFirst());
        }
        throw new InvalidValueException("value.notDate", pattern);
    }

    /** yyyymmdd, or -1 when s is not a date in that order and separator. */
    static int parseFast(String s, DateStyle.Order order, char sep) {
        int n = s.length();
        int i = 0;
        while (i < n && Text.isSpace(s.charAt(i))) {
            i++;
        }
        int a = 0;
        int start = i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            a = a * 10 + (s.charAt(i) - '0');
        }
        int da = i - start;
        if (da == 0 || da > 4 || i >= n || s.charAt(i) != sep) {
            return -1;
        }
        int b = 0;
        start = ++i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            b = b * 10 + (s.charAt(i) - '0');
        }
        int db = i - start;
        if (db == 0 || db > 2 || i >= n || s.charAt(i) != sep) {
            return -1;
        }
        int c = 0;
        start = ++i;
        for (; i < n && isDigit(s.charAt(i)); i++) {
            c = c * 10 + (s.charAt(i) - '0');
        }
        int dc = i - start;
        if (i < n && !TimeSuffix.isTime(s, i)) {
            return -1;
        }
        int y;
        int m;
        int d;
        if (order == DateStyle.Order.YMD) {
            if (da != 4 || dc == 0 || dc > 2) {
                return -1;
            }
            y = a;
            m = b;
            d = c;
        } else {
            if (da > 2 || dc != 4) {
                return -1;
            }
            y = c;
            m = order == DateStyle.Order.DMY ? b : a;
            d = order == DateStyle.Order.DMY ? a : b;
        }
        return valid(y, m, d) ? y * 10000 + m * 100 + d : -1;
    }

    /** yyyymmdd of a spreadsheet serial day number (day 1 = 1900-01-01, fraction = time), or -1. */
    static int excelSerial(String s) {
        String t = Text.strip(s);
        int end = t.indexOf('.');
        String days = end < 0 ? t : t.substring(0, end);
        if (days.isEmpty() || days.length() > 6 || !days.chars().allMatch(Character::isDigit)
                || end >= 0 && !t.substring(end + 1).chars().allMatch(Character::isDigit)) {
            return -1;
        }
        java.time.LocalDate d = java.time.LocalDate.of(1899, 12, 30).plusDays(Integer.parseInt(days));
        return d.getYear() >= MIN_SERIAL_YEAR && valid(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
                ? d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth() : -1;
    }

    static boolean valid(int y, int m, int d) {
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) {
            return false;
        }
        int max = m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : DAYS[m - 1];
        return d <= max;
    }

    private int parseExplicit(String s) throws InvalidValueException {
        Integer cached = cache.get(s);
        if (cached != null) {
            return cached;
        }
        int v = -1;
        try {
            java.text.ParsePosition pos = new java.text.ParsePosition(0);
            String t = Text.strip(s);
            TemporalAccessor parsed = formatter.parse(t, pos);
            if (pos.getIndex() == t.length() || TimeSuffix.isTime(t, pos.getIndex())) {
                int y = parsed.get(ChronoField.YEAR);
                int m = parsed.get(ChronoField.MONTH_OF_YEAR);
                int d = parsed.isSupported(ChronoField.DAY_OF_MONTH) ? parsed.get(ChronoField.DAY_OF_MONTH) : 1;
                v = valid(y, m, d) ? y * 10000 + m * 100 + d : -1;
            }
        } catch (java.time.DateTimeException e) {
            v = -1;
        }
        if (v < 0) {
            throw new InvalidValueException("value.notDate", pattern);
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(s, v);
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
