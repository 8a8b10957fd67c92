package org.kamworkbench.service.imports.parse;

import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** ISO 4217 currency codes as the JDK knows them, less XXX ("no currency") and XTS ("testing"). */
public final class Currencies {
    private static final Set<String> CODES = new HashSet<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            CODES.add(c.getCurrencyCode());
        }
        CODES.remove("XXX");
        CODES.remove("XTS");
    }

    private Currencies() {
    }

    /** Whether {@code s} is exactly an upper-case ISO 4217 code. */
    public static boolean isCode(String s) {
        return s != null && s.length() == 3 && CODES.contains(s);
    }

    /** The ISO code written in {@code s} (any case, surrounding spaces allowed), or null. */
    public static String code(String s) {
        if (s == null) {
            return null;
        }
        String t = Text.strip(s);
        if (t.length() != 3) {
            return null;
        }
        String upper = t.toUpperCase(Locale.ROOT);
        return CODES.contains(upper) ? upper : null;
    }
}
