package org.kamworkbench.service.report;

import java.util.List;
import java.util.Locale;

/** The languages reports are written in, independently of the user interface's. */
public final class ReportLanguages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.ITALIAN);

    private ReportLanguages() {
    }

    /** "en" or "it" (a tag like "it-IT" too). @throws IllegalArgumentException otherwise */
    public static Locale parse(String text) {
        String tag = text == null ? "" : text.strip();
        Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
        for (Locale l : SUPPORTED) {
            if (l.getLanguage().equals(asked.getLanguage())) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a report language: use en or it.");
    }

    /** The supported language closest to {@code locale} (English when none matches). */
    public static Locale closest(Locale locale) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
