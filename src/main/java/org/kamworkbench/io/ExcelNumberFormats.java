package org.kamworkbench.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells date and time formats from number formats, as Excel does: by the built-in format id, else
 * by the date tokens (y, m, d, h, s) left in the format code once quoted text, escapes and
 * bracketed locale or colour tags are removed.
 */
final class ExcelNumberFormats {
    enum Kind { NUMBER, DATE, TIME }

    /** A workbook uses a handful of formats over many cells: classify each code once. */
    private static final Map<String, Kind> BY_CODE = new ConcurrentHashMap<>();

    private ExcelNumberFormats() {
    }

    static Kind kind(Integer formatId, String formatCode) {
        if (formatId != null) {
            Kind builtIn = builtIn(formatId);
            if (builtIn != null) {
                return builtIn;
            }
        }
        return formatCode == null ? Kind.NUMBER : BY_CODE.computeIfAbsent(formatCode, ExcelNumberFormats::ofCode);
    }

    /** Excel's built-in formats (ids below 164); null for ids that are not built in. */
    private static Kind builtIn(int id) {
        if (id == 14 || id == 15 || id == 16 || id == 17 || id == 22 || id >= 27 && id <= 36
                || id >= 50 && id <= 58) {
            return Kind.DATE;
        }
        if (id >= 18 && id <= 21 || id >= 45 && id <= 47) {
            return Kind.TIME;
        }
        return id < 164 ? Kind.NUMBER : null;
    }

    static Kind ofCode(String code) {
        String section = significant(code);
        boolean date = false;
        boolean time = false;
        boolean month = false;
        for (int i = 0; i < section.length(); i++) {
            switch (Character.toLowerCase(section.charAt(i))) {
                case 'y', 'd' -> date = true;
                case 'h', 's' -> time = true;
                case 'm' -> month = true;
                default -> { }
            }
        }
        if (date) {
            return Kind.DATE;
        }
        if (time) {
            return Kind.TIME;
        }
        return month ? Kind.DATE : Kind.NUMBER;
    }

    /** The first section of the code without literal text, escapes, fills and bracketed tags. */
    private static String significant(String code) {
        if (code.equalsIgnoreCase("General") || code.equals("@")) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == ';') {
                break;
            } else if (ch == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (ch == '\\' || ch == '_' || ch == '*') {
                i++;
            } else if (ch == '[') {
                int close = code.indexOf(']', i + 1);
                String tag = code.substring(i + 1, close < 0 ? code.length() : close);
                if (tag.matches("(?i)h+|m+|s+")) {
                    s.append(tag);
                }
                i = close < 0 ? code.length() : close;
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }
}
