package org.kamworkbench.service.imports;

import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * The input cannot be imported at all: unreadable file, a required field with no column, revenue
 * into months that hold revenue without replace/add... The message is a sentence for the user, from the
 * service bundle (English in {@link #getMessage()}, the user's language in {@link #message(Locale)}).
 */
public class ImportInputException extends RuntimeException implements LocalizedRefusal {
    private final transient Sentence sentence;

    public ImportInputException(Sentence sentence) {
        super(sentence.toString());
        this.sentence = sentence;
    }

    public ImportInputException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    public ImportInputException(String key, Object... args) {
        this(Sentence.of(key, args));
    }

    @Override
    public String message(Locale locale) {
        return sentence.text(locale);
    }
}
