package org.kamworkbench.service.message;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The services' sentences, from the bundle {@code org.kamworkbench.service.messages}: English in the base
 * file, other languages beside it. Dates among the arguments are written as the language writes them
 * (ISO in the base, language-neutral form), and so are times of day.
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
                shown[i] = args[i] instanceof LocalDate date ? date(date, locale)
                        : args[i] instanceof LocalTime time ? time(time, locale) : args[i];
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A time of day as the language writes it (14:32, 2:32 PM); hours and minutes in the base. */
    private static String time(LocalTime time, Locale locale) {
        return locale.getLanguage().isEmpty() ? DateTimeFormatter.ofPattern("HH:mm").format(time)
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    private static String date(LocalDate date, Locale locale) {
        return locale.getLanguage().isEmpty() ? date.toString() : DateStyle.formatter(locale).format(date);
    }
}
