package org.kamworkbench.service.portfolio;

import java.util.Locale;

/** An account attribute a portfolio can be broken down by. */
public enum Dimension {
    REGION, DIVISION, COUNTRY, INDUSTRY, OWNER, CURRENCY;

    /** The group of accounts whose attribute is empty. */
    public static final String NONE = "(none)";

    /** The lower-case name used on the command line and in JSON, e.g. {@code region}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException with a user sentence for an unknown name */
    public static Dimension parse(String text) {
        for (Dimension d : values()) {
            if (d.key().equalsIgnoreCase(text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a dimension: use region, division, country, "
                + "industry, owner or currency.");
    }
}
