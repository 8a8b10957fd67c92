package org.kamworkbench.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports-to forest of one account's stakeholders. A stakeholder whose manager is not among
 * them (or who would close a loop in data that slipped past the checks) is drawn at the top, so
 * every person appears exactly once.
 */
public final class OrgChart {
    private static final Comparator<Stakeholder> BY_NAME =
            Comparator.comparing((Stakeholder s) -> s.name().toLowerCase()).thenComparingLong(Stakeholder::id);

    private final List<Node> roots;
    private final Map<Long, Stakeholder> byId;

    private OrgChart(List<Node> roots, Map<Long, Stakeholder> byId) {
        this.roots = roots;
        this.byId = byId;
    }

    /** A person and the people reporting to them, by name. */
    public record Node(Stakeholder stakeholder, List<Node> reports) {
        /** How many people this node spans at its widest level, itself included (layout width). */
        public int leaves() {
            return reports.isEmpty() ? 1 : reports.stream().mapToInt(Node::leaves).sum();
        }
    }

    public static OrgChart of(List<Stakeholder> stakeholders) {
        Map<Long, Stakeholder> byId = new HashMap<>();
        stakeholders.forEach(s -> byId.put(s.id(), s));
        Map<Long, List<Stakeholder>> reportsOf = new HashMap<>();
        List<Stakeholder> tops = new ArrayList<>();
        for (Stakeholder s : stakeholders) {
            Long boss = s.reportsToId();
            if (boss == null || !byId.containsKey(boss) || boss == s.id() || loops(s.id(), byId)) {
                tops.add(s);
            } else {
                reportsOf.computeIfAbsent(boss, k -> new ArrayList<>()).add(s);
            }
        }
        tops.sort(BY_NAME);
        List<Node> roots = new ArrayList<>();
        tops.forEach(t -> roots.add(node(t, reportsOf)));
        return new OrgChart(List.copyOf(roots), byId);
    }

    public List<Node> roots() {
        return roots;
    }

    /**
     * Why a reports-to change cannot be made (someone would become their own, possibly indirect,
     * manager, or the manager is not of this account), naming both people; null when it can.
     */
    public Refusal refusalOfReportsTo(long stakeholderId, Long managerId) {
        if (managerId == null) {
            return null;
        }
        Stakeholder person = byId.get(stakeholderId);
        Stakeholder manager = byId.get(managerId);
        String name = person == null ? "This person" : person.name();
        if (manager == null) {
            return new Refusal("orgchart.otherAccount", name);
        }
        if (managerId == stakeholderId) {
            return new Refusal("orgchart.self", name);
        }
        Set<Long> seen = new HashSet<>();
        for (Long up = managerId; up != null && byId.containsKey(up) && seen.add(up); up = byId.get(up).reportsToId()) {
            if (up == stakeholderId) {
                return new Refusal("orgchart.circle", name, manager.name(),
                        Long.valueOf(stakeholderId).equals(manager.reportsToId()) ? 0 : 1);
            }
        }
        return null;
    }

    private static Node node(Stakeholder s, Map<Long, List<Stakeholder>> reportsOf) {
        List<Stakeholder> direct = new ArrayList<>(reportsOf.getOrDefault(s.id(), List.of()));
        direct.sort(BY_NAME);
        List<Node> children = new ArrayList<>();
        direct.forEach(d -> children.add(node(d, reportsOf)));
        return new Node(s, List.copyOf(children));
    }

    /** True when following managers up from {@code id} comes back to it. */
    private static boolean loops(long id, Map<Long, Stakeholder> byId) {
        Set<Long> seen = new HashSet<>();
        Long up = byId.get(id).reportsToId();
        while (up != null && byId.containsKey(up) && seen.add(up)) {
            if (up == id) {
                return true;
            }
            up = byId.get(up).reportsToId();
        }
        return false;
    }
}
