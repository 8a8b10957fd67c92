package org.kamworkbench.service.imports.parse;

import java.text.Normalizer;

/** Text helpers shared by header matching, country names and value cleaning. */
public final class Text {
    private Text() {
    }

    /**
     * A comparison key: lower case, accents and punctuation removed, so that "Kunden-Nr.",
     * "kunden nr" and "KUNDENNR" meet. Salesforce custom-field suffixes ("Division__c") are dropped.
     */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = strip(s);
        if (t.length() > 3 && t.regionMatches(true, t.length() - 3, "__c", 0, 3)) {
            t = t.substring(0, t.length() - 3);
        }
        String d = Normalizer.normalize(t, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("ss");
                case 'ø', 'Ø' -> b.append('o');
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ł', 'Ł' -> b.append('l');
                case 'đ', 'Đ' -> b.append('d');
                case 'ı' -> b.append('i');
                default -> {
                    if (Character.isLetterOrDigit(c)) {
                        b.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        return b.toString();
    }

    /** Whitespace including no-break and thin spaces, which spreadsheets like to leave behind. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007'
                || c == '\r' || c == '\n' || Character.isWhitespace(c);
    }

    /** The index of the first character at or after i that is not a space ({@link #isSpace}). */
    static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link String#strip()} that also removes no-break and thin spaces. */
    public static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    /** The stripped text, or null when it is empty. */
    public static String orNull(String s) {
        if (s == null) {
            return null;
        }
        String t = strip(s);
        return t.isEmpty() ? null : t;
    }
}
