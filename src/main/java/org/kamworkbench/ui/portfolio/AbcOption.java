package org.kamworkbench.ui.portfolio;

import org.kamworkbench.service.portfolio.AbcThresholds;

/** A choice of the ABC box: one of the service's presets, or custom thresholds typed by the user (preset null). */
public record AbcOption(AbcThresholds preset) {
    public static final AbcOption CUSTOM = new AbcOption(null);

    public boolean isCustom() {
        return preset == null;
    }
}
