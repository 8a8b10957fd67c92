package org.kamworkbench.service.port;

import java.io.IOException;
import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * A file cannot be read, and the reader knows why in a sentence of the service bundle (a quote never closed, a
 * workbook part that expands too far, the wrong encoding): the desktop shows it in the user's language, the
 * command line its English {@link #getMessage()}.
 */
public class UnreadableFileException extends IOException implements LocalizedRefusal {
    private final transient Sentence sentence;

    public UnreadableFileException(Sentence sentence) {
        super(sentence.toString());
        this.sentence = sentence;
    }

    public UnreadableFileException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    public Sentence sentence() {
        return sentence;
    }

    @Override
    public String message(Locale locale) {
        return sentence.text(locale);
    }
}
