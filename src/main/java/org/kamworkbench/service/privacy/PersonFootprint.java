package org.kamworkbench.service.privacy;

import java.time.LocalDate;
import java.util.List;
import org.kamworkbench.domain.Stakeholder;

/**
 * What a workspace holds about one person at a client: their stakeholder record and everything that
 * points at them or mentions them. It is both what "Export this person's data" writes and what "Forget
 * this person" removes or changes.
 *
 * @param person        the stakeholder record
 * @param accountName   the account they belong to
 * @param reportsTo     the name of the stakeholder they report to (null: nobody)
 * @param directReports the stakeholders who report to them (they will report to nobody)
 * @param meetings      the meetings (interactions) they attended
 * @param planReviews   the plan reviews they took part in
 * @param actions       the plan actions they own on the client side
 * @param mentions      the texts that name them (by name or e-mail)
 */
public record PersonFootprint(Stakeholder person, String accountName, String reportsTo, List<Person> directReports,
                              List<Meeting> meetings, List<Review> planReviews, List<Action> actions,
                              List<Mention> mentions) {
    public PersonFootprint {
        directReports = List.copyOf(directReports);
        meetings = List.copyOf(meetings);
        planReviews = List.copyOf(planReviews);
        actions = List.copyOf(actions);
        mentions = List.copyOf(mentions);
    }

    /** Another stakeholder, by id and name. */
    public record Person(long id, String name) {
    }

    /** A meeting they attended. */
    public record Meeting(long interactionId, LocalDate date, String type) {
    }

    /** A plan review they took part in. */
    public record Review(long reviewId, long planId, LocalDate date) {
    }

    /** A plan action they own. */
    public record Action(long actionId, long planId, String what) {
    }

    /**
     * A text that names them: {@code where} says which kind of text (one of the {@code MENTION_*} names),
     * {@code key} which one (its id, or ids joined by '/'), {@code text} the text as it is.
     */
    public record Mention(String where, String key, String text) {
    }

    /** How many things besides the record itself would change. */
    public int linkCount() {
        return directReports.size() + meetings.size() + planReviews.size() + actions.size() + mentions.size();
    }
}
