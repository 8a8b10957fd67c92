package org.kamworkbench.service.imports.parse;

import java.text.DateFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a period: a year ("2024", "FY2024", "FY 2024") or a month ("2024-03", "2024/3", "2024.03",
 * "03/2024", "03.2024", "202403", "2024-03-01", "Mar 2024", "März 2024", "marzo 2024").
 * The result is year*100 + month, month 0 for a whole year.
 */
public final class PeriodParser {
    private static final String EXPECTED = "value.notPeriod";
    private static final Map<String, Integer> MONTHS = monthNames();

    private PeriodParser() {
    }

    public static int parse(String value) throws InvalidValueException {
        String s = withoutZeroFraction(Text.strip(value));
        int v = parseOrMinus(s);
        if (v < 0) {
            throw new InvalidValueException(EXPECTED);
        }
        return v;
    }

    /** A year alone: "2024", "FY2024", "FY 2024"; -1 otherwise. */
    public static int year(String value) {
        String s = withoutZeroFraction(Text.strip(value));
        if (s.length() > 2 && s.regionMatches(true, 0, "FY", 0, 2)) {
            s = Text.strip(s.substring(2));
        }
        if (s.length() != 4 || !allDigits(s, 0, 4)) {
            return -1;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2199 ? y : -1;
    }

    /** A month alone: "3", "03", "3.0", "March", "Mär", "marzo"; -1 otherwise. */
    public static int month(String value) {
        int m = monthOf(withoutZeroFraction(Text.strip(value)));
        return m >= 1 && m <= 12 ? m : -1;
    }

    /** "2024.0" → "2024": spreadsheets hand whole numbers over as decimals. */
    private static String withoutZeroFraction(String s) {
        int dot = s.indexOf('.');
        if (dot <= 0 || dot == s.length() - 1 || !allDigits(s, 0, dot)) {
            return s;
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return s;
            }
        }
        return s.substring(0, dot);
    }

    private static int parseOrMinus(String s) {
        int y = year(s);
        if (y > 0) {
            return y * 100;
        }
        if (s.length() == 6 && allDigits(s, 0, 6)) {
            return month(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4)));
        }
        int iso = DateParser.parseFast(s, DateStyle.Order.YMD, '-');
        if (iso > 0) {
            return iso / 100;
        }
        String[] parts = s.split("[-/. ]+");
        if (parts.length != 2) {
            return -1;
        }
        if (parts[0].length() == 4 && allDigits(parts[0], 0, 4)) {
            return month(Integer.parseInt(parts[0]), monthOf(parts[1]));
        }
        if (parts[1].length() == 4 && allDigits(parts[1], 0, 4)) {
            return month(Integer.parseInt(parts[1]), monthOf(parts[0]));
        }
        return -1;
    }

    private static int monthOf(String part) {
        if (part.length() >= 1 && part.length() <= 2 && allDigits(part, 0, part.length())) {
            return Integer.parseInt(part);
        }
        Integer named = MONTHS.get(Text.key(part));
        return named == null ? -1 : named;
    }

    private static int month(int year, int month) {
        return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 ? year * 100 + month : -1;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return to > from;
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> m = new HashMap<>();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.ITALIAN, Locale.FRENCH}) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(l);
            String[] full = symbols.getMonths();
            String[] shortNames = symbols.getShortMonths();
            for (int i = 0; i < 12; i++) {
                m.putIfAbsent(Text.key(full[i]), i + 1);
                m.putIfAbsent(Text.key(shortNames[i]), i + 1);
            }
        }
        return m;
    }
}
