package org.kamworkbench.service.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of an export in its language: column headers ({@code export.col.*}) and the names of
 * statuses, roles and quadrants, from the application's resource bundle.
 */
public final class ExportTexts {
    private final ResourceBundle bundle;

    public ExportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text of {@code key}, or the key itself when the bundle lacks it. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A column header: {@code export.col.<name>}, formatted with {@code args} ("Revenue 2024 (EUR)"). */
    public String column(String name, Object... args) {
        String pattern = get("export.col." + name);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /**
     * The user's word for an enum constant: {@code enum.<Type>.<NAME>}, else {@code <type>.<NAME>}
     * (attitude.CHAMPION), else the constant's name; "" for null.
     */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        for (String key : new String[] {"enum." + type + "." + value.name(),
                Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name()}) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return value.name();
    }
}
