package org.kamworkbench.ui.common;

import java.util.Locale;

/** The languages the app speaks, each named in itself (a user who cannot read the current one finds theirs). */
public enum Language {
    ENGLISH("en", "English", Locale.UK),
    ITALIAN("it", "Italiano", Locale.ITALY);

    private final String tag;
    private final String ownName;
    private final Locale fallback;

    Language(String tag, String ownName, Locale fallback) {
        this.tag = tag;
        this.ownName = ownName;
        this.fallback = fallback;
    }

    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    /** The language of this tag ("it", "it-IT"); English for any other. */
    public static Language ofTag(String tag) {
        return of(Locale.forLanguageTag(tag == null ? "" : tag));
    }

    /** The language of {@code locale}; English when the app does not speak it. */
    public static Language of(Locale locale) {
        for (Language language : values()) {
            if (language.tag.equals(locale.getLanguage())) {
                return language;
            }
        }
        return ENGLISH;
    }

    /**
     * The locale to format with: the system's when it speaks this language (an Italian in Switzerland
     * keeps Swiss numbers), else this language's usual one.
     */
    public Locale locale(Locale system) {
        return tag.equals(system.getLanguage()) ? system : fallback;
    }
}
