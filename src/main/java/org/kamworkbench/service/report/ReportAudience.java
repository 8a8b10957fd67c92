package org.kamworkbench.service.report;

import java.util.Locale;

/**
 * Who a plan report is for. The client version is built without any internal data at all (see
 * {@link PlanReport#internal()}), so no template can leak it.
 */
public enum ReportAudience {
    CLIENT, INTERNAL;

    /** "client" or "internal", any case. @throws IllegalArgumentException otherwise */
    public static ReportAudience parse(String text) {
        for (ReportAudience a : values()) {
            if (a.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return a;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not an audience: use client or internal.");
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
