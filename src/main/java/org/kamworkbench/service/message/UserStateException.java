package org.kamworkbench.service.message;

import java.util.Locale;

/**
 * A request the workspace's state refuses (the demo into a workspace that already holds data...), with a sentence
 * of the service bundle: the desktop shows {@link #message(Locale)} in the user's language, the command line the
 * English {@link #getMessage()}. The state counterpart of {@link UserInputException}.
 */
public class UserStateException extends IllegalStateException implements LocalizedRefusal {
    private final transient Sentence sentence;

    public UserStateException(String key, Object... args) {
        this(Sentence.of(key, args));
    }

    private UserStateException(Sentence sentence) {
        super(sentence.toString());
        this.sentence = sentence;
    }

    @Override
    public String message(Locale locale) {
        return sentence.text(locale);
    }
}
