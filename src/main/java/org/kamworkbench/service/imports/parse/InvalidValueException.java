package org.kamworkbench.service.imports.parse;

import org.kamworkbench.service.message.Sentence;

/**
 * A value that cannot be read; the sentence completes "'value' ..." (e.g. "is not an amount"), from the
 * service bundle. Thrown on the row path, so it carries no stack trace.
 */
public final class InvalidValueException extends Exception {
    private final transient Sentence sentence;

    public InvalidValueException(String key, Object... args) {
        this(Sentence.of(key, args));
    }

    private InvalidValueException(Sentence sentence) {
        super(sentence.toString(), null, false, false);
        this.sentence = sentence;
    }

    /** The reason in English. */
    public String reason() {
        return getMessage();
    }

    /** The reason, for the reader's language. */
    public Sentence sentence() {
        return sentence;
    }
}
