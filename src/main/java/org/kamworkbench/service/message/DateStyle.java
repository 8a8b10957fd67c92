package org.kamworkbench.service.message;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The one way a date is written for a user: the locale's short numeric form with a four-digit year
 * (31/12/2026 in Italian and British English, 12/31/2026 in American English). Typing uses the same
 * form, and ISO (2026-12-31) is accepted too.
 */
public final class DateStyle {
    private DateStyle() {
    }

    /** The pattern: the locale's short date, its year widened to four digits. */
    public static String pattern(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        if (!pattern.contains("yyy")) {
            pattern = pattern.replaceAll("y+", "yyyy");
        }
        return pattern;
    }

    /** A strict formatter of {@link #pattern} ("31/02/2026" is refused, not moved to March). */
    public static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale).replace("yyyy", "uuuu"), locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
