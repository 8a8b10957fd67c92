package org.kamworkbench.service.message;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A request the service refuses, with a sentence the user can act on. The sentence is a message key and
 * its arguments, so the desktop shows it in the user's language ({@link #message(Locale)}); the plain
 * {@link #getMessage()} is the English sentence (the command line, logs).
 */
public class UserInputException extends IllegalArgumentException implements LocalizedRefusal {
    private final String key;
    private final transient Object[] args;

    public UserInputException(String key, Object... args) {
        super(ServiceMessages.format(Locale.ROOT, key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** Throws the refusal's sentence; nothing when {@code refusal} is null. */
    public static void throwIf(org.kamworkbench.domain.Refusal refusal) {
        if (refusal != null) {
            throw new UserInputException(refusal.key(), refusal.args().toArray());
        }
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return Arrays.asList(args.clone());
    }

    /** The sentence in {@code locale}'s language (English when the app has no translation for it). */
    @Override
    public String message(Locale locale) {
        return ServiceMessages.format(locale, key, args);
    }
}
