package org.kamworkbench.ui.shell;

/**
 * A rough hint of how hard a workspace password is to guess, for the New workspace dialog: length counts
 * most (a phrase of several words beats a short mix of symbols), variety a little.
 */
enum PasswordStrength {
    EMPTY, WEAK, FAIR, STRONG;

    static PasswordStrength of(CharSequence password) {
        int length = password.length();
        if (length == 0) {
            return EMPTY;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < length; i++) {
            char c = password.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
            digit |= Character.isDigit(c);
            other |= !Character.isLetterOrDigit(c);
        }
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
        if (length >= 16 || (length >= 12 && kinds >= 3)) {
            return STRONG;
        }
        if (length >= 10 || (length >= 8 && kinds >= 3)) {
            return FAIR;
        }
        return WEAK;
    }

    /** The key of its hint in the messages. */
    String key() {
        return "password.strength." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
