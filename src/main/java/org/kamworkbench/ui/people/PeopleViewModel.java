package org.kamworkbench.ui.people;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.service.team.PeopleService;
import org.kamworkbench.service.team.TeamService;
import org.kamworkbench.service.team.Workload;
import org.kamworkbench.ui.account.ShownText;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * Our people: the list with each person's workload, and a form to add or change one (function,
 * expertise, languages, capacity, competency profile 1–5).
 */
public final class PeopleViewModel {
    private final PeopleService people;
    private final TeamService teams;
    private final Background background;
    private final Texts texts;
    private final Runnable changed;

    private final ObservableList<Colleague> colleagues = FXCollections.observableArrayList();
    private final Workloads workloads = new Workloads();
    private final ObjectProperty<Colleague> selected = new SimpleObjectProperty<>(this, "selected");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty function = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty expertise = new SimpleStringProperty("");
    final StringProperty languages = new SimpleStringProperty("");
    final StringProperty capacity = new SimpleStringProperty("");
    final Map<Competency, ObjectProperty<Integer>> competencies = new EnumMap<>(Competency.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Workloads by colleague id, replaced on each load. */
    static final class Workloads {
        private Map<Long, Workload> byId = Map.of();

        Workload get(long id) {
            return byId.get(id);
        }
    }

    private record Loaded(List<Colleague> people, Map<Long, Workload> loads) {
    }

    public PeopleViewModel(PeopleService people, TeamService teams, Background background, Texts texts,
                           Runnable changed) {
        this.people = people;
        this.teams = teams;
        this.background = background;
        this.texts = texts;
        this.changed = changed;
        for (Competency c : Competency.values()) {
            competencies.put(c, new SimpleObjectProperty<>());
        }
        selected.addListener((o, was, now) -> fill(now));
    }

    public void load() {
        background.run(texts.get("people.loading"), m -> new Loaded(people.list(), teams.workloads()), l -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            workloads.byId = l.loads();
            colleagues.setAll(l.people());
            if (keep != null) {
                selected.set(colleagues.stream().filter(c -> c.id() == keep).findFirst().orElse(null));
            }
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    /** Clears the form for a new person. */
    public void newPerson() {
        selected.set(null);
        fill(null);
        message.set("");
        error.set("");
    }

    private void fill(Colleague c) {
        name.set(c == null ? "" : c.name());
        function.set(c == null || c.function() == null ? "" : c.function());
        email.set(c == null || c.email() == null ? "" : c.email());
        expertise.set(c == null ? "" : String.join(", ", c.expertise()));
        languages.set(c == null ? "" : String.join(", ", c.languages()));
        capacity.set(c == null || c.capacity() == null ? "" : c.capacity().toString());
        competencies.forEach((k, p) -> p.set(c == null ? null : c.competencies().get(k)));
    }

    public void save() {
        Integer cap = null;
        if (!capacity.get().isBlank()) {
            Long n = texts.parseWhole(capacity.get());
            if (n == null || n < 0 || n > Integer.MAX_VALUE) {
                error.set(texts.format("people.capacity.invalid", capacity.get()));
                return;
            }
            cap = n.intValue();
        }
        Map<Competency, Integer> levels = new EnumMap<>(Competency.class);
        competencies.forEach((k, p) -> {
            if (p.get() != null) {
                levels.put(k, p.get());
            }
        });
        Colleague c = new Colleague(selected.get() == null ? 0 : selected.get().id(), name.get(), function.get(),
                email.get(), ShownText.split(expertise.get()), ShownText.split(languages.get()), cap, levels);
        background.run(texts.get("people.saving"), m -> people.save(c), saved -> {
            error.set("");
            message.set(texts.format("people.saved", saved.name()));
            selected.set(saved);
            changed.run(); // reloads every screen, this one included
        }, e -> {
            message.set("");
            error.set(Problems.sentence(e, texts));
        });
    }

    public void deleteSelected() {
        Colleague c = selected.get();
        if (c == null) {
            return;
        }
        background.run(texts.get("people.saving"), m -> {
            people.delete(c.id());
            return c;
        }, gone -> {
            newPerson();
            message.set(texts.format("people.deleted", gone.name()));
            changed.run(); // reloads every screen, this one included
        }, e -> error.set(Problems.sentence(e, texts)));
    }


    public Workload workload(Colleague c) {
        return workloads.get(c.id());
    }

    public ObservableList<Colleague> colleagues() {
        return colleagues;
    }

    public ObjectProperty<Colleague> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
