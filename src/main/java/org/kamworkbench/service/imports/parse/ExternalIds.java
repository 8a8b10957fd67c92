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

    /**
     * A reference to another record (a parent, a contact's account): the normalised id, or null when it names no
     * record — empty, or Salesforce's empty id {@code 000000000000000AAA} (15 zeros, with or without the 3-character
     * case suffix).
     */
    public static String reference(String id) {
        String n = normalize(id);
        if (n.isEmpty() || isSalesforceEmpty(n)) {
            return null;
        }
        return n;
    }

    private static boolean isSalesforceEmpty(String id) {
        if (id.length() != 15 && id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 15; i++) {
            if (id.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The other form of a Salesforce-shaped id: the 18-character form of a 15-character id (the case-safe suffix
     * Salesforce computes), the 15-character form of an 18-character one; null for any other id. Reports export 15
     * characters, Data Loader 18: both name one record.
     */
    public static String salesforceOtherForm(String id) {
        if (id == null || !(id.length() == 15 || id.length() == 18)) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        if (id.length() == 18) {
            return id.substring(0, 15);
        }
        StringBuilder b = new StringBuilder(id);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            b.append(SUFFIX.charAt(bits));
        }
        return b.toString();
    }

    private static final String SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
}
