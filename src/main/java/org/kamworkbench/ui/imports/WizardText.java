package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.message.LocalizedRefusal;

/**
 * The wizard's texts (bundle {@code org/kamworkbench/ui/imports/wizard*.properties}) and number
 * formatting for the user's locale. Keys with arguments are MessageFormat patterns (an apostrophe
 * is written twice there); keys without arguments are plain text.
 */
public final class WizardText {
    public static final String BUNDLE = "org.kamworkbench.ui.imports.wizard";

    private final ResourceBundle bundle;
    private final Locale locale;

    public WizardText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The wizard bundle in the given language, else English (never the JVM's default language). */
    public static WizardText load(Locale locale) {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new WizardText(ResourceBundle.getBundle(BUNDLE, locale, noFallback), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String percent(double fraction) {
        return NumberFormat.getPercentInstance(locale).format(fraction);
    }

    /** A field key ("externalId") as the user reads it ("External ID"); unknown keys as they are. */
    public String fieldLabel(String key) {
        if (key.startsWith(MappingViewModel.AMOUNT_PER_YEAR)) { // wide-form revenue: "amount:2024"
            return format("field.amountOfYear", key.substring(MappingViewModel.AMOUNT_PER_YEAR.length()));
        }
        return optional("field." + key, key);
    }

    /** A recognised preset ("salesforce") as the user reads it; unknown ones as they are. */
    public String presetLabel(String preset) {
        return preset == null ? "" : optional("preset." + preset, preset);
    }

    public String label(Enum<?> value) {
        return get(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The language of the wizard's texts (the service's sentences are shown in it too). */
    public Locale locale() {
        return locale;
    }

    /** An exception as the sentence the user reads: the service's own sentence, or what failed. */
    public String sentence(Throwable e) {
        if (e instanceof LocalizedRefusal refusal) {
            return refusal.message(locale); // the service's sentence (a refusal, a cancel), in the wizard's language
        }
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            return format("error.io", detail(e.getCause()));
        }
        if (e instanceof IOException) {
            return format("error.io", detail(e));
        }
        return format("error.unexpected", detail(e));
    }

    private static String detail(Throwable e) {
        return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
    }

    private String optional(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
