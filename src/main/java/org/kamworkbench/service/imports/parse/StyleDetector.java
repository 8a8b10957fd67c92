package org.kamworkbench.service.imports.parse;

/**
 * Decides once, from sample values, how a file writes numbers and dates, so that the row path
 * never has to guess.
 */
public final class StyleDetector {
    private StyleDetector() {
    }

    /**
     * The decimal separator the values prove: the last of '.' and ',' in "1,234.56"; a lone separator
     * followed by other than three digits ("12,5"); a separator that repeats ("1.234.567") is grouping.
     * Values like "1,234" prove nothing; when nothing is proven the guess is ',' for semicolon files
     * (the European convention) and '.' otherwise.
     */
    public static NumberStyle numberStyle(Iterable<String> values, char delimiter) {
        int point = 0;
        int comma = 0;
        for (String v : values) {
            switch (decimalEvidence(v)) {
                case '.' -> point++;
                case ',' -> comma++;
                default -> { }
            }
        }
        if (point == 0 && comma == 0) {
            return new NumberStyle(delimiter == ';' ? ',' : '.', false);
        }
        return new NumberStyle(comma > point ? ',' : '.', true);
    }

    /** '.' or ',' when the value proves that decimal separator, else 0. */
    static char decimalEvidence(String v) {
        if (v == null) {
            return 0;
        }
        int lastPoint = v.lastIndexOf('.');
        int lastComma = v.lastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0) {
            return lastPoint > lastComma ? '.' : ',';
        }
        int last = Math.max(lastPoint, lastComma);
        if (last < 0 || !hasDigit(v)) {
            return 0;
        }
        char sep = v.charAt(last);
        if (v.indexOf(sep) != last) {
            return sep == '.' ? ',' : '.';
        }
        int after = 0;
        for (int i = last + 1; i < v.length() && Character.isDigit(v.charAt(i)); i++) {
            after++;
        }
        boolean digitBefore = last > 0 && Character.isDigit(v.charAt(last - 1));
        return after == 3 && digitBefore ? 0 : sep;
    }

    private static boolean hasDigit(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date style most sampled values are written in. A slash or dash date with a first part
     * above 12 proves dd/MM, a second part above 12 proves MM/dd; when every value is ambiguous
     * dd/MM is preferred but not firm (a later value may still prove MM/dd). Null without values.
     */
    public static DateStyle dateStyle(Iterable<String> values) {
        int[] votes = new int[9];
        int dayFirst = 0;
        int monthFirst = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            for (int s = 0; s < 3; s++) {
                char sep = "-/.".charAt(s);
                if (DateParser.parseFast(v, DateStyle.Order.YMD, sep) > 0) {
                    votes[s * 3]++;
                }
                boolean dmy = DateParser.parseFast(v, DateStyle.Order.DMY, sep) > 0;
                boolean mdy = DateParser.parseFast(v, DateStyle.Order.MDY, sep) > 0;
                if (dmy || mdy) {
                    votes[s * 3 + 1]++;
                    if (dmy && !mdy) {
                        dayFirst++;
                    } else if (mdy && !dmy) {
                        monthFirst++;
                    }
                }
            }
        }
        int best = -1;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > 0 && (best < 0 || votes[i] > votes[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        char sep = "-/.".charAt(best / 3);
        if (best % 3 == 0) {
            return new DateStyle(DateStyle.Order.YMD, sep, true, null);
        }
        if (monthFirst > dayFirst) {
            return new DateStyle(DateStyle.Order.MDY, sep, true, null);
        }
        // nobody writes MM.dd.yyyy: a dotted date is day first even when every value is ambiguous
        return new DateStyle(DateStyle.Order.DMY, sep, dayFirst > 0 || sep == '.', null);
    }
}
