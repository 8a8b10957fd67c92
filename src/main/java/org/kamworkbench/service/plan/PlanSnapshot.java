package org.kamworkbench.service.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;

/**
 * A plan flattened into readable items ("Objective 'Win tender' · due" → "2026-03-31") so that a
 * review keeps it as it stood and two reviews can be compared item by item. Objectives and actions
 * are named by their title; a repeated title gets " (2)", " (3)"...
 */
final class PlanSnapshot {
    private PlanSnapshot() {
    }

    static Map<String, String> of(PlanDetails d) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Plan · status", d.plan().status().name());
        s.put("Plan · start", d.plan().start().toString());
        s.put("Plan · end", d.plan().end().toString());
        s.put("Situation · business challenges", d.plan().challenges());
        s.put("Situation · economic issues", d.plan().economicIssues());
        s.put("SWOT · strengths", String.join("; ", d.plan().strengths()));
        s.put("SWOT · weaknesses", String.join("; ", d.plan().weaknesses()));
        s.put("SWOT · opportunities", String.join("; ", d.plan().opportunities()));
        s.put("SWOT · threats", String.join("; ", d.plan().threats()));
        List<String> recommendations = d.plan().recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            s.put("Recommendation " + (i + 1), recommendations.get(i));
        }
        Names objectiveNames = new Names();
        for (Objective o : d.objectives()) {
            String name = "Objective '" + objectiveNames.unique(o.title()) + "'";
            s.put(name + " · due", o.due().toString());
            s.put(name + " · horizon", o.horizon(d.plan().start()).name());
            s.put(name + " · status", o.status().name());
            String target = o.targetShown(java.math.BigDecimal::toPlainString);
            s.put(name + " · target", target == null ? "" : target);
            s.put(name + " · owner", Objects.toString(d.people().colleague(o.ownerId()), ""));
        }
        Names actionNames = new Names();
        for (PlanAction a : d.actions()) {
            String name = "Action '" + actionNames.unique(a.what()) + "'";
            s.put(name + " · who", Objects.toString(d.people().ownerOf(a), ""));
            s.put(name + " · how", Objects.toString(a.how(), ""));
            s.put(name + " · due", a.due() == null ? "" : a.due().toString());
            s.put(name + " · status", a.status().name());
            s.put(name + " · objective", Objects.toString(d.objectiveTitle(a.objectiveId()), ""));
        }
        return s;
    }

    /** What changed from {@code before} to {@code after}, in the order of the items. */
    static List<SnapshotChange> compare(Map<String, String> before, Map<String, String> after) {
        Set<String> items = new LinkedHashSet<>(before.keySet());
        items.addAll(after.keySet());
        List<SnapshotChange> changes = new ArrayList<>();
        for (String item : items) {
            String was = before.get(item);
            String now = after.get(item);
            if (was == null) {
                changes.add(new SnapshotChange(SnapshotChange.Kind.ADDED, item, null, now));
            } else if (now == null) {
                changes.add(new SnapshotChange(SnapshotChange.Kind.REMOVED, item, was, null));
            } else if (!was.equals(now)) {
                changes.add(new SnapshotChange(SnapshotChange.Kind.CHANGED, item, was, now));
            }
        }
        return changes;
    }

    private static final class Names {
        private final Map<String, Integer> seen = new HashMap<>();

        String unique(String title) {
            int n = seen.merge(title, 1, Integer::sum);
            return n == 1 ? title : title + " (" + n + ")";
        }
    }
}
