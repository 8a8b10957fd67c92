package org.kamworkbench.service.kpi;

import java.util.List;
import org.kamworkbench.domain.KpiDefinition;

/**
 * A KPI over a range of periods, oldest first. {@code notes} say why computed values are missing
 * (a period outside the imported revenue, a missing FX or inflation rate, no estimated spend).
 */
public record KpiSeries(KpiDefinition kpi, List<KpiPoint> points, List<String> notes) {
    public KpiSeries {
        points = List.copyOf(points);
        notes = List.copyOf(notes);
    }

    /** The latest period that has a status, or null. */
    public KpiPoint latestWithStatus() {
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).status() != null) {
                return points.get(i);
            }
        }
        return null;
    }
}
