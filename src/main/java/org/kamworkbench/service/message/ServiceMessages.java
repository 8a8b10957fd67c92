package org.kamworkbench.service.message;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The services' sentences, from the bundle {@code org.kamworkbench.service.messages}: English in the base
 * file, other languages beside it. Dates among the arguments are written as the language writes them
 * (ISO in the base, language-neutral form).
 */
public final class ServiceMessages {
    public static final String BUNDLE = "org.kamworkbench.service.messages";

    private ServiceMessages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Sentence part) {
                shown[i] = part.text(locale); // a part of the sentence ("Criterion 'Potential'") in the same language
            } else {
                shown[i] = args[i] instanceof LocalDate date ? date(date, locale) : args[i];
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    private static String date(LocalDate date, Locale locale) {
        return locale.getLanguage().isEmpty() ? date.toString() : DateStyle.formatter(locale).format(date);
    }
}
