package org.kamworkbench.ui.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.plan.People;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Texts;

/**
 * One account's log of meetings, calls, business reviews and workshops: log one with its
 * participants, topics, the client's feedback and next steps; turn a next step into a plan action
 * in one click.
 */
public final class InteractionsViewModel {
    /** An interaction as the table shows it. */
    public record InteractionRow(Interaction interaction, String type, String participants, String nextSteps) {
    }

    /** A next step of the selected interaction; {@code done} once it is an action. */
    public record StepRow(long interactionId, int index, String text, boolean done) {
    }

    record Loaded(List<Interaction> interactions, People people, List<PersonChoice> choices, Versions versions) {
    }

    private final InteractionService interactions;
    private final PlanService plans;
    private final Texts texts;
    private final long accountId;
    private final ServiceCalls work;

    private final ObservableList<InteractionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObjectProperty<InteractionRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<InteractionType> type = new SimpleObjectProperty<>(InteractionType.MEETING);
    private final StringProperty topics = new SimpleStringProperty("");
    private final StringProperty feedback = new SimpleStringProperty("");
    private final StringProperty nextSteps = new SimpleStringProperty("");
    private final ObjectProperty<PersonChoice> stepOwner = new SimpleObjectProperty<>();
    /** The logged interaction the form is editing; null while it logs a new one. */
    private final ObjectProperty<Interaction> edited = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The versions of the meetings as loaded: what a change of one is based on. */
    private final ReadVersions versions = new ReadVersions();
    /** The version of the interaction in the form when it was filled: what its save is based on. */
    private long editedVersion;

    public InteractionsViewModel(InteractionService interactions, PlanService plans, Background background,
                                 Texts texts, long accountId) {
        this.interactions = interactions;
        this.plans = plans;
        this.texts = texts;
        this.accountId = accountId;
        this.work = new ServiceCalls(background, texts);
        date.set(plans.today());
        selected.addListener((o, was, now) -> showSteps(now));
    }

    public void refresh() {
        work.run("progress.interactions", m -> {
            List<PersonChoice> choices = new ArrayList<>();
            plans.stakeholdersOf(accountId).forEach(s -> choices.add(new PersonChoice(PersonChoice.Kind.STAKEHOLDER,
                    s.id(), s.name())));
            plans.colleagues().forEach(c -> choices.add(new PersonChoice(PersonChoice.Kind.COLLEAGUE, c.id(),
                    c.name())));
            // the versions before the meetings shown: one changed in between is refused on save, never overwritten
            Versions read = interactions.versions(interactions.interactionsOf(accountId));
            return new Loaded(interactions.interactionsOf(accountId), plans.people(), choices, read);
        }, this::show);
    }

    void show(Loaded loaded) {
        versions.loaded(loaded.versions());
        Long selectedId = selected.get() == null ? null : selected.get().interaction().id();
        people.setAll(loaded.choices());
        rows.setAll(loaded.interactions().stream().map(i -> new InteractionRow(i, EnumText.of(texts, i.type()),
                String.join(", ", names(i, loaded.people())),
                String.join("; ", i.nextSteps().stream().map(NextStep::text).toList()))).toList());
        selected.set(rows.stream().filter(r -> Objects.equals(r.interaction().id(), selectedId)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        showSteps(selected.get());
    }

    private static List<String> names(Interaction i, People people) {
        List<String> names = new ArrayList<>();
        i.stakeholderIds().forEach(id -> names.add(people.stakeholder(id)));
        i.colleagueIds().forEach(id -> names.add(people.colleague(id)));
        return names;
    }

    private void showSteps(InteractionRow row) {
        if (row == null) {
            steps.clear();
            return;
        }
        List<NextStep> list = row.interaction().nextSteps();
        List<StepRow> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            result.add(new StepRow(row.interaction().id(), i, list.get(i).text(), list.get(i).actionId() != null));
        }
        steps.setAll(result);
    }

    /**
     * Logs a new interaction with these participants, or saves the changes to the one being edited:
     * a next step kept word for word keeps its link to the action made of it.
     */
    public void save(List<PersonChoice> participants) {
        Interaction before = edited.get();
        List<NextStep> kept = before == null ? List.of() : new ArrayList<>(before.nextSteps());
        List<NextStep> stepList = Arrays.stream(nextSteps.get().split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> new NextStep(s, takeActionOf(kept, s))).toList();
        Interaction interaction = new Interaction(before == null ? 0 : before.id(), accountId, date.get(), type.get(),
                participants.stream().map(PersonChoice::stakeholderId).filter(Objects::nonNull).toList(),
                participants.stream().map(PersonChoice::colleagueId).filter(Objects::nonNull).toList(),
                topics.get(), feedback.get(), stepList);
        long basedOn = editedVersion; // the version of what the form was filled with
        work.run("progress.interactions", m -> interactions.save(interaction, basedOn), saved -> {
            cancelEdit();
            message.set(texts.format(before == null ? "interactions.saved" : "interactions.changed",
                    texts.date(saved.date())));
            selected.set(null);
            refresh();
        });
    }

    /** The action made of the first earlier step with this text (used up, so a repeated line links once). */
    private static Long takeActionOf(List<NextStep> earlier, String text) {
        for (int i = 0; i < earlier.size(); i++) {
            if (earlier.get(i).text().equals(text)) {
                return earlier.remove(i).actionId();
            }
        }
        return null;
    }

    /**
     * Loads a logged interaction into the form, whose button then saves the changes.
     *
     * @return its participants, for the view to select
     */
    public List<PersonChoice> edit(InteractionRow row) {
        Interaction i = row.interaction();
        edited.set(i);
        editedVersion = versions.of(VersionKey.interaction(i.id()));
        date.set(i.date());
        type.set(i.type());
        topics.set(i.topics() == null ? "" : i.topics());
        feedback.set(i.feedback() == null ? "" : i.feedback());
        nextSteps.set(String.join("\n", i.nextSteps().stream().map(NextStep::text).toList()));
        return people.stream().filter(p -> p.stakeholderId() != null && i.stakeholderIds().contains(p.stakeholderId())
                || p.colleagueId() != null && i.colleagueIds().contains(p.colleagueId())).toList();
    }

    /** Back to logging a new interaction, with an empty form. */
    public void cancelEdit() {
        edited.set(null);
        topics.set("");
        feedback.set("");
        nextSteps.set("");
    }

    public void delete(InteractionRow row) {
        work.run("progress.interactions", m -> {
            interactions.delete(row.interaction().id());
            return row;
        }, r -> refresh());
    }

    /** Makes a next step a planned action of the account's plan, owned by the chosen person (or nobody yet). */
    public void toAction(StepRow step) {
        PersonChoice owner = stepOwner.get();
        work.run("progress.interactions", m -> interactions.toAction(step.interactionId(), step.index(),
                owner == null ? null : owner.colleagueId(), owner == null ? null : owner.stakeholderId(), null),
                action -> {
                    message.set(texts.format("interactions.actionCreated", action.what(), texts.date(action.due())));
                    refresh();
                });
    }

    public ObservableList<InteractionRow> rows() { return rows; }
    public ObservableList<PersonChoice> people() { return people; }
    public ObservableList<StepRow> steps() { return steps; }
    public ObjectProperty<InteractionRow> selectedProperty() { return selected; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<InteractionType> typeProperty() { return type; }
    public StringProperty topicsProperty() { return topics; }
    public StringProperty feedbackProperty() { return feedback; }
    public StringProperty nextStepsProperty() { return nextSteps; }
    public ObjectProperty<PersonChoice> stepOwnerProperty() { return stepOwner; }
    public ReadOnlyObjectProperty<Interaction> editedProperty() { return edited; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
