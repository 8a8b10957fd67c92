package org.kamworkbench.service.message;

import java.util.Locale;

/**
 * A refusal whose sentences come from the service bundle: the desktop shows {@link #message(Locale)} in the
 * user's language, the command line its English {@code getMessage()}. {@link UserInputException} and the
 * input exceptions of criteria, imports and the portfolio analysis all are one.
 */
public interface LocalizedRefusal {
    /** The sentence (or sentences, one per line) in {@code locale}'s language. */
    String message(Locale locale);
}
