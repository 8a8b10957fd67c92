package org.kamworkbench.service.imports.parse;

/**
 * The one reading of an account id typed or imported: surrounding spaces go, and a whole number
 * written with a trailing ".0" (the float artefact of spreadsheets and pandas: "17850.0") is the
 * id "17850". Every import and every command that takes an account id goes through here.
 */
public final class ExternalIds {
    private ExternalIds() {
    }

    /** The normalised id; "" stays "" (the caller decides whether an empty id is an error). */
    public static String normalize(String id) {
        if (id == null) {
            return "";
        }
        String t = Text.strip(id);
        int dot = t.lastIndexOf('.');
        if (dot <= 0 || dot == t.length() - 1) {
            return t;
        }
        for (int i = 0; i < dot; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return t;
            }
        }
        for (int i = dot + 1; i < t.length(); i++) {
            if (t.charAt(i) != '0') {
                return t;
            }
        }
        return t.substring(0, dot);
    }
}
