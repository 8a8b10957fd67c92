package org.kamworkbench.service.message;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One sentence for the user, kept as a key of the service bundle and its arguments, so it is written in the
 * reader's language when shown ({@link #text(Locale)}) and in English for the command line and logs
 * ({@link #toString()}).
 */
public record Sentence(String key, List<Object> args) {
    public Sentence {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, Arrays.asList(args.clone()));
    }

    public String text(Locale locale) {
        return ServiceMessages.format(locale, key, args.toArray());
    }

    /** The English sentence. */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
