package org.kamworkbench.service.imports;

import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/** The user cancelled; nothing was written. The sentence says so in the user's language. */
public class ImportCancelledException extends RuntimeException implements LocalizedRefusal {
    private static final Sentence CANCELLED = Sentence.of("import.cancelled");

    public ImportCancelledException() {
        super(CANCELLED.toString());
    }

    @Override
    public String message(Locale locale) {
        return CANCELLED.text(locale);
    }
}
