package org.kamworkbench.domain;

import java.time.LocalDate;

/**
 * A person at a client account. {@code id} is the workspace's key (0 before it is stored);
 * {@code reportsToId} is the id of another stakeholder of the same account, or null at the top.
 * {@code influence} is 1–5 (null when not assessed); {@code contactOwnerId} is the colleague who
 * holds the relationship. Optional fields are null when unknown.
 */
public record Stakeholder(
        long id,
        long accountId,
        String name,
        String title,
        String department,
        String email,
        Long reportsToId,
        BuyingRole buyingRole,
        Integer influence,
        Attitude attitude,
        RelationshipStrength relationship,
        Long contactOwnerId,
        LocalDate lastContact,
        String notes) {

    /** The same person reporting to another stakeholder (null: to nobody). */
    public Stakeholder withReportsTo(Long managerId) {
        return new Stakeholder(id, accountId, name, title, department, email, managerId, buyingRole, influence,
                attitude, relationship, contactOwnerId, lastContact, notes);
    }

    public Stakeholder withId(long newId) {
        return new Stakeholder(newId, accountId, name, title, department, email, reportsToId, buyingRole,
                influence, attitude, relationship, contactOwnerId, lastContact, notes);
    }
}
