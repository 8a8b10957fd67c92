package org.kamworkbench.ui.account;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.domain.OrgChart;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Texts;

/**
 * The Stakeholders tab: the account's people, their org chart and coverage warnings; adding,
 * editing, moving (reports-to) and deleting people; the stale-contact setting. Every change reloads
 * the chart and the warnings.
 */
public final class StakeholdersViewModel {
    private final StakeholderService service;
    private final PeopleService people;
    private final long accountId;
    private final Background background;
    private final Texts texts;
    private final Runnable changed;

    private final ObservableList<Stakeholder> stakeholders = FXCollections.observableArrayList();
    private final ObservableList<Colleague> colleagues = FXCollections.observableArrayList();
    private final ObservableList<CoverageWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OrgChart> chart = new ReadOnlyObjectWrapper<>(OrgChart.of(List.of()));
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty staleDays = new SimpleIntegerProperty(this, "staleDays", 90);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** What one load brings. */
    private record Loaded(List<Stakeholder> people, OrgChart chart, List<CoverageWarning> warnings, int staleDays,
                          List<Colleague> colleagues, org.kamworkbench.domain.Versions versions) {
    }

    /** The versions of the people as loaded: a save is based on them, so a colleague's change is not overwritten. */
    private final ReadVersions versions = new ReadVersions();

    public StakeholdersViewModel(StakeholderService service, PeopleService people, long accountId,
                                 Background background, Texts texts, Runnable changed) {
        this.service = service;
        this.people = people;
        this.accountId = accountId;
        this.background = background;
        this.texts = texts;
        this.changed = changed;
    }

    public void load() {
        background.run(texts.get("account.loading"), m -> {
            List<Stakeholder> list = service.list(accountId);
            return new Loaded(list, OrgChart.of(list), service.warnings(accountId), service.staleContactDays(),
                    people.list(), service.versions(list));
        }, l -> {
            versions.loaded(l.versions());
            stakeholders.setAll(l.people());
            colleagues.setAll(l.colleagues());
            chart.set(l.chart());
            warnings.setAll(l.warnings());
            staleDays.set(l.staleDays());
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    /**
     * Saves a new (id 0) or changed person; {@code onError} gets the sentence when the service refuses
     * (the form stays open), {@code onDone} runs after a save.
     */
    public void save(Stakeholder s, java.util.function.Consumer<String> onError, Runnable onDone) {
        Stakeholder toSave = s.accountId() == 0 ? withAccount(s) : s;
        background.run(texts.get("stakeholders.saving"),
                m -> s.id() == 0 ? service.save(toSave, 0) : based(s.id(), basedOn -> service.save(toSave, basedOn)),
                saved -> {
                    selected.set(saved.id());
                    done(texts.format("stakeholders.saved", saved.name()));
                    onDone.run();
                }, e -> onError.accept(Problems.sentence(e, texts)));
    }

    /** A drag on the chart: {@code id} now reports to {@code managerId}; a refused circle shows its sentence. */
    public void moveUnder(long id, Long managerId) {
        background.run(texts.get("stakeholders.saving"),
                m -> based(id, basedOn -> service.moveUnder(id, managerId, basedOn)),
                moved -> done(texts.format("stakeholders.moved", moved.name(), nameOf(managerId))),
                e -> {
                    message.set("");
                    error.set(Problems.sentence(e, texts));
                });
    }

    public void deleteSelected() {
        Long id = selected.get();
        if (id == null) {
            return;
        }
        String name = nameOf(id);
        background.run(texts.get("stakeholders.saving"), m -> based(id, basedOn -> {
            service.delete(id, basedOn);
            return id;
        }), gone -> {
            selected.set(null);
            done(texts.format("stakeholders.deleted", name));
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    /** A change of person {@code id}, on the worker (see {@link ReadVersions#based}). */
    private <T> T based(long id, java.util.function.LongFunction<T> change) {
        return versions.based(org.kamworkbench.domain.VersionKey.stakeholder(id), change);
    }

    public void saveStaleDays(int days) {
        background.run(texts.get("stakeholders.saving"), m -> {
            service.setStaleContactDays(days);
            return days;
        }, d -> done(""), e -> error.set(Problems.sentence(e, texts)));
    }

    /** After a change: {@code changed} reloads every screen and every tab of the page, this one included. */
    /** The selected person was forgotten elsewhere (see {@link PersonPrivacyViewModel}): say so and reload. */
    public void forgotten(String text) {
        selected.set(null);
        done(text);
    }

    /** A sentence for the user about something done that changed nothing on screen. */
    public void inform(String text) {
        error.set("");
        message.set(text);
    }

    /** A sentence for the user about something that failed. */
    public void failed(String sentence) {
        message.set("");
        error.set(sentence);
    }

    private void done(String text) {
        error.set("");
        message.set(text);
        changed.run();
    }

    private Stakeholder withAccount(Stakeholder s) {
        return new Stakeholder(s.id(), accountId, s.name(), s.title(), s.department(), s.email(), s.reportsToId(),
                s.buyingRole(), s.influence(), s.attitude(), s.relationship(), s.contactOwnerId(), s.lastContact(),
                s.notes());
    }

    /** The person's name, or the "nobody" text for null. */
    public String nameOf(Long id) {
        if (id == null) {
            return texts.get("stakeholders.nobody");
        }
        return stakeholders.stream().filter(s -> s.id() == id).map(Stakeholder::name).findFirst().orElse("?");
    }

    public Stakeholder find(Long id) {
        return id == null ? null : stakeholders.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    }

    public long accountId() {
        return accountId;
    }

    public ObservableList<Stakeholder> stakeholders() {
        return stakeholders;
    }

    public ObservableList<Colleague> colleagues() {
        return colleagues;
    }

    public ObservableList<CoverageWarning> warnings() {
        return warnings;
    }

    public ReadOnlyObjectProperty<OrgChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    public IntegerProperty staleDaysProperty() {
        return staleDays;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
