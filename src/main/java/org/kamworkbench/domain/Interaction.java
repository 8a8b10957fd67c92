package org.kamworkbench.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact with the client: a meeting, call, business review or workshop, and what came of it; {@code author}
 * is who recorded it (null for contacts recorded before authors were kept).
 */
public record Interaction(
        long id,
        long accountId,
        LocalDate date,
        InteractionType type,
        List<Long> stakeholderIds,
        List<Long> colleagueIds,
        String topics,
        String feedback,
        List<NextStep> nextSteps,
        String author) {

    /** A contact whose author is not (yet) known: the service records who saves it. */
    public Interaction(long id, long accountId, LocalDate date, InteractionType type, List<Long> stakeholderIds,
                       List<Long> colleagueIds, String topics, String feedback, List<NextStep> nextSteps) {
        this(id, accountId, date, type, stakeholderIds, colleagueIds, topics, feedback, nextSteps, null);
    }

    public Interaction {
        stakeholderIds = List.copyOf(stakeholderIds);
        colleagueIds = List.copyOf(colleagueIds);
        nextSteps = List.copyOf(nextSteps);
    }

    public Interaction withId(long newId) {
        return new Interaction(newId, accountId, date, type, stakeholderIds, colleagueIds, topics, feedback, nextSteps,
                author);
    }

    public Interaction withAuthor(String newAuthor) {
        return new Interaction(id, accountId, date, type, stakeholderIds, colleagueIds, topics, feedback, nextSteps,
                newAuthor);
    }

    public Interaction withNextSteps(List<NextStep> steps) {
        return new Interaction(id, accountId, date, type, stakeholderIds, colleagueIds, topics, feedback, steps,
                author);
    }
}
