package org.kamworkbench.service.portfolio;

import java.util.Locale;

/** The HHI bands: below 1 500 unconcentrated, 1 500 to 2 500 moderate, above 2 500 high. */
public enum ConcentrationBand {
    UNCONCENTRATED, MODERATE, HIGH;

    public static final double MODERATE_FROM = 1_500;
    public static final double HIGH_ABOVE = 2_500;

    /** The band of an HHI (0–10 000); null for NaN (a segment without accounts). */
    public static ConcentrationBand of(double hhi) {
        if (Double.isNaN(hhi)) {
            return null;
        }
        if (hhi < MODERATE_FROM) {
            return UNCONCENTRATED;
        }
        return hhi <= HIGH_ABOVE ? MODERATE : HIGH;
    }

    /** The lower-case name used in JSON, e.g. {@code unconcentrated}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
