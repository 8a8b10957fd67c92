package org.kamworkbench.service.plan;

import java.util.Map;
import org.kamworkbench.domain.PlanAction;

/** Names of colleagues and stakeholders by id, to show who owns or attended what. */
public record People(Map<Long, String> colleagues, Map<Long, String> stakeholders) {
    public People {
        colleagues = Map.copyOf(colleagues);
        stakeholders = Map.copyOf(stakeholders);
    }

    public String colleague(Long id) {
        return id == null ? null : colleagues.getOrDefault(id, "#" + id);
    }

    public String stakeholder(Long id) {
        return id == null ? null : stakeholders.getOrDefault(id, "#" + id);
    }

    /** Who carries an action: a colleague's or a stakeholder's name, null when nobody is named. */
    public String ownerOf(PlanAction action) {
        return action.colleagueId() != null ? colleague(action.colleagueId()) : stakeholder(action.stakeholderId());
    }
}
