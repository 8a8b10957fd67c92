package org.kamworkbench.service.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.PlanAction;

/** The log of client interactions. Every write is one transaction. */
public interface InteractionRepository {
    /** The interactions of an account, newest first. */
    List<Interaction> interactionsOf(long accountId);

    Optional<Interaction> interaction(long id);

    /** Inserts (id 0) or updates an interaction with its participants and next steps. */
    Interaction save(Interaction interaction);

    void delete(long id);

    /** Inserts {@code action} and links it to next step {@code index} of the interaction, together. */
    PlanAction convertNextStep(long interactionId, int index, PlanAction action);

    /** Per stakeholder id, the date of the latest interaction they took part in. */
    Map<Long, LocalDate> lastContactByStakeholder();
}
