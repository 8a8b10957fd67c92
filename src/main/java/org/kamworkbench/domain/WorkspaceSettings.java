package org.kamworkbench.domain;

import java.util.Map;

/** Per-workspace settings: the reporting currency and the country (ISO alpha-2) → region mapping. */
public record WorkspaceSettings(String reportingCurrency, Map<String, String> regionByCountry) {
    public static final String DEFAULT_CURRENCY = "EUR";

    public WorkspaceSettings {
        regionByCountry = Map.copyOf(regionByCountry);
    }
}
