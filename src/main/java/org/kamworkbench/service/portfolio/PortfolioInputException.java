package org.kamworkbench.service.portfolio;

import java.util.Locale;
import org.kamworkbench.service.message.LocalizedRefusal;
import org.kamworkbench.service.message.Sentence;

/**
 * The analysis cannot run as asked (a period without revenue, an unknown account...): a user sentence from
 * the service bundle (English in {@link #getMessage()}, the user's language in {@link #message(Locale)}).
 */
public class PortfolioInputException extends RuntimeException implements LocalizedRefusal {
    private final transient Sentence sentence;

    public PortfolioInputException(String key, Object... args) {
        super(Sentence.of(key, args).toString());
        this.sentence = Sentence.of(key, args);
    }

    @Override
    public String message(Locale locale) {
        return sentence.text(locale);
    }
}
