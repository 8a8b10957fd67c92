package org.kamworkbench.domain;

import java.time.LocalDate;

/**
 * An action of a plan — what, who, how, when. "Who" is either a colleague ({@code colleagueId}) or a
 * client stakeholder ({@code stakeholderId}), never both; {@code objectiveId} links the objective
 * it delivers (null when none). {@code completedOn} is set when it is done. {@code author} is who
 * recorded it (null for actions recorded before authors were kept).
 */
public record PlanAction(
        long id,
        long planId,
        String what,
        Long colleagueId,
        Long stakeholderId,
        String how,
        LocalDate due,
        ActionStatus status,
        Long objectiveId,
        LocalDate completedOn,
        String author) {

    public PlanAction {
        if (colleagueId != null && stakeholderId != null) {
            throw new IllegalArgumentException("An action has one owner: a colleague or a stakeholder, not both.");
        }
    }

    /** An action whose author is not (yet) known: the service records who saves it. */
    public PlanAction(long id, long planId, String what, Long colleagueId, Long stakeholderId, String how,
                      LocalDate due, ActionStatus status, Long objectiveId, LocalDate completedOn) {
        this(id, planId, what, colleagueId, stakeholderId, how, due, status, objectiveId, completedOn, null);
    }

    public PlanAction withId(long newId) {
        return new PlanAction(newId, planId, what, colleagueId, stakeholderId, how, due, status, objectiveId,
                completedOn, author);
    }

    public PlanAction withAuthor(String newAuthor) {
        return new PlanAction(id, planId, what, colleagueId, stakeholderId, how, due, status, objectiveId,
                completedOn, newAuthor);
    }

    public PlanAction withStatus(ActionStatus newStatus, LocalDate today) {
        LocalDate completed = newStatus == ActionStatus.DONE ? (completedOn != null ? completedOn : today) : null;
        return new PlanAction(id, planId, what, colleagueId, stakeholderId, how, due, newStatus, objectiveId,
                completed, author);
    }

    /** Due before today and not done. */
    public boolean overdue(LocalDate today) {
        return status != ActionStatus.DONE && due != null && due.isBefore(today);
    }
}
