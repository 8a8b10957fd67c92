package org.kamworkbench.service.interaction;

import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.CurrentUser;
import org.kamworkbench.service.edit.EditGuard;

import org.kamworkbench.service.message.UserInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.service.port.InteractionRepository;
import org.kamworkbench.service.port.PlanRepository;

/**
 * The log of client meetings and feedback: who took part, what was discussed, the client's feedback,
 * and next steps that become actions of the account's plan in one click. The stakeholder map's
 * "last contact" is {@link #lastContactByStakeholder()}.
 */
public final class InteractionService {
    /** A next step turned into an action is due this many days after the interaction unless told otherwise. */
    public static final int DEFAULT_DAYS_TO_DUE = 14;

    private final InteractionRepository interactions;
    private final PlanRepository plans;

    private final CurrentUser user;
    private final EditGuard edits;

    /** A contact recorded anew gets {@code user} as its author; {@code edits} checks the versions of changes. */
    public InteractionService(InteractionRepository interactions, PlanRepository plans, CurrentUser user,
                              EditGuard edits) {
        this.user = user;
        this.edits = edits;
        this.interactions = interactions;
        this.plans = plans;
    }

    /** The account's interactions, newest first. */
    public List<Interaction> interactionsOf(long accountId) {
        return interactions.interactionsOf(accountId);
    }

    /** The versions of {@code list}'s interactions as they are now: what changes of them are based on. */
    public Versions versions(List<Interaction> list) {
        return edits.read(list.stream().map(i -> VersionKey.interaction(i.id())).toList());
    }

    /** Inserts or updates an interaction, not based on a version read (see {@link #save(Interaction, long)}). */
    public Interaction save(Interaction interaction) {
        return save(interaction, EditGuard.UNREAD);
    }

    /**
     * Inserts (id 0) or updates an interaction; next steps already turned into actions keep their link. A change is
     * based on the interaction's version {@code basedOn} ({@link #versions}): refused when someone else changed or
     * deleted it since, so an older form never puts back what they wrote.
     */
    public Interaction save(Interaction interaction, long basedOn) {
        if (interaction.date() == null) {
            throw new UserInputException("interaction.noDate");
        }
        if (interaction.type() == null) {
            throw new UserInputException("interaction.noType");
        }
        List<NextStep> steps = interaction.nextSteps().stream().filter(s -> s.text() != null && !s.text().isBlank())
                .map(s -> new NextStep(s.text().strip(), s.actionId())).toList();
        Interaction clean = new Interaction(interaction.id(), interaction.accountId(), interaction.date(),
                interaction.type(), interaction.stakeholderIds(), interaction.colleagueIds(), text(interaction.topics()),
                text(interaction.feedback()), steps,
                interaction.author() == null || interaction.author().isBlank() ? user.name() : interaction.author());
        if (clean.id() == 0) {
            return interactions.save(clean);
        }
        return edits.save(VersionKey.interaction(clean.id()), basedOn, () -> interactions.save(clean));
    }

    /** Deletes an interaction: a later save of it from an older form is told who deleted it. */
    public void delete(long interactionId) {
        edits.delete(VersionKey.interaction(interactionId), EditGuard.UNREAD, () -> interactions.delete(interactionId));
    }

    /**
     * Turns next step {@code index} of an interaction into a planned action of the account's plan
     * (the active one, else the newest draft), owned by a colleague or a stakeholder (or nobody yet),
     * due on {@code due} (default: {@value #DEFAULT_DAYS_TO_DUE} days after the interaction).
     */
    public PlanAction toAction(long interactionId, int index, Long colleagueId, Long stakeholderId, LocalDate due) {
        Interaction interaction = interactions.interaction(interactionId)
                .orElseThrow(() -> new UserInputException("interaction.missing", String.valueOf(interactionId)));
        if (index < 0 || index >= interaction.nextSteps().size()) {
            throw new UserInputException("interaction.noStep", String.valueOf(index + 1));
        }
        NextStep step = interaction.nextSteps().get(index);
        if (step.actionId() != null) {
            throw new UserInputException("interaction.stepIsAction", step.text());
        }
        List<AccountPlan> list = plans.plansOf(interaction.accountId());
        AccountPlan plan = list.stream().filter(p -> p.status() == PlanStatus.ACTIVE).findFirst()
                .or(() -> list.stream().filter(p -> p.status() == PlanStatus.DRAFT).findFirst())
                .orElseThrow(() -> new UserInputException("interaction.noPlan"));
        LocalDate when = due != null ? due : interaction.date().plusDays(DEFAULT_DAYS_TO_DUE);
        String how = "Agreed in the " + interaction.type().name().toLowerCase().replace('_', ' ') + " of "
                + interaction.date() + ".";
        // the interaction changes (its step now links the action): a form filled before is refused, not saved over it
        return edits.save(VersionKey.interaction(interactionId), EditGuard.UNREAD, () -> interactions.convertNextStep(
                interactionId, index, new PlanAction(0, plan.id(), step.text(), colleagueId, stakeholderId, how, when,
                        ActionStatus.PLANNED, null, null)));
    }

    /** Per stakeholder id, the date of the latest interaction they took part in (absent: never met). */
    public Map<Long, LocalDate> lastContactByStakeholder() {
        return interactions.lastContactByStakeholder();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
