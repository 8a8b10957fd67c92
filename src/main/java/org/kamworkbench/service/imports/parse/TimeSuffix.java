package org.kamworkbench.service.imports.parse;

/**
 * Whether the rest of a date value is a time of day: " 14:22", "T14:22:05.123Z", " 2:05 PM". The time
 * is accepted and ignored, but it must be a real one: no 25:61, no 13:00 PM.
 */
final class TimeSuffix {
    private TimeSuffix() {
    }

    static boolean isTime(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && s.charAt(i) == 'T') {
            i++;
        } else {
            int spaces = i;
            while (i < n && Text.isSpace(s.charAt(i))) {
                i++;
            }
            if (i == spaces) {
                return false;
            }
            if (i == n) {
                return true;
            }
        }
        int hour = digits(s, i, n);
        if (hour < 1 || hour > 2 || i + hour >= n || s.charAt(i + hour) != ':') {
            return false;
        }
        int hours = value(s, i, hour);
        i += hour + 1;
        if (digits(s, i, n) != 2 || value(s, i, 2) > 59) {
            return false;
        }
        i += 2;
        if (i < n && s.charAt(i) == ':') {
            if (digits(s, i + 1, n) != 2 || value(s, i + 1, 2) > 59) {
                return false;
            }
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int f = digits(s, i + 1, n);
                if (f == 0) {
                    return false;
                }
                i += 1 + f;
            }
        }
        while (i < n && Text.isSpace(s.charAt(i))) {
            i++;
        }
        if (i + 1 < n && (s.regionMatches(true, i, "AM", 0, 2) || s.regionMatches(true, i, "PM", 0, 2))) {
            if (hours < 1 || hours > 12) {
                return false;
            }
            i += 2;
        } else if (hours > 23) {
            return false;
        } else if (i < n && s.charAt(i) == 'Z') {
            i++;
        } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
            int h = digits(s, i, n);
            if (h != 2 && h != 4) {
                return false;
            }
            i += h;
            if (h == 2 && i < n && s.charAt(i) == ':') {
                if (digits(s, i + 1, n) != 2) {
                    return false;
                }
                i += 3;
            }
        }
        while (i < n && Text.isSpace(s.charAt(i))) {
            i++;
        }
        return i == n;
    }

    private static int value(String s, int from, int length) {
        int v = 0;
        for (int k = from; k < from + length; k++) {
            v = v * 10 + s.charAt(k) - '0';
        }
        return v;
    }

    private static int digits(String s, int from, int n) {
        int i = from;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
