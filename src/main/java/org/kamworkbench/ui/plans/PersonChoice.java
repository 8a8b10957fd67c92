package org.kamworkbench.ui.plans;

/** Someone a user can pick as the owner of an action or a participant: a colleague or a client stakeholder. */
public record PersonChoice(Kind kind, long id, String name) {
    public enum Kind { COLLEAGUE, STAKEHOLDER }

    public Long colleagueId() {
        return kind == Kind.COLLEAGUE ? id : null;
    }

    public Long stakeholderId() {
        return kind == Kind.STAKEHOLDER ? id : null;
    }
}
