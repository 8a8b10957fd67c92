package org.kamworkbench.service.workspace;

import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * A workspace could not be opened; the message is a sentence for the user. Made from a {@link Sentence} of the
 * service bundle, it is shown in the user's language ({@link #message(Locale)}); {@link #getMessage()} is English.
 */
public class WorkspaceUnavailableException extends RuntimeException implements LocalizedRefusal {
    private final boolean inUse;
    private final transient Sentence sentence;

    public WorkspaceUnavailableException(String message, boolean inUse, Throwable cause) {
        super(message, cause);
        this.inUse = inUse;
        this.sentence = null;
    }

    public WorkspaceUnavailableException(Sentence sentence, boolean inUse, Throwable cause) {
        super(sentence.toString(), cause);
        this.inUse = inUse;
        this.sentence = sentence;
    }

    /** True when another window or process holds the workspace. */
    public boolean inUse() {
        return inUse;
    }

    /** The sentence in {@code locale}'s language; the English message when it was not made from a sentence. */
    @Override
    public String message(Locale locale) {
        return sentence == null ? getMessage() : sentence.text(locale);
    }
}
