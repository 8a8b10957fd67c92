package org.kamworkbench.service.fx;

import java.util.List;

/** A currency that has revenue in these years but no FX rate to the reporting currency for some of their months. */
public record MissingRateYears(String currency, List<Integer> years) {
    public MissingRateYears {
        years = List.copyOf(years);
    }

    /** "No FX rate for USD in 2023, 2024" — the caller adds what to do about it. */
    public String describe() {
        StringBuilder s = new StringBuilder("No FX rate for ").append(currency).append(" in ");
        for (int i = 0; i < years.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(years.get(i));
        }
        return s.toString();
    }
}
