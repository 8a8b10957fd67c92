package org.kamworkbench.ui.keyaccounts;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.service.criteria.RatingTodo;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.criteria.Sensitivity;
import org.kamworkbench.service.criteria.VersionComparison;
import org.kamworkbench.service.portfolio.AccountDrillDown;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The key-accounts screen's shared state: the saved criteria set and the scoring data, loaded and saved
 * in the background; the draft being edited ({@link DraftEditor}) scored live on that data as the user
 * moves weights (rank and quadrant changes against the saved set are kept on each row); the movers since
 * the previous version, the sensitivity of the draft and its incomplete accounts ({@link IncompleteSummary}).
 */
public final class KeyAccountsViewModel {
    private final KeyAccountServices service;
    private final Background background;
    private final Texts texts;
    private final Runnable dataChanged;
    private final DraftEditor editor;
    private final IncompleteSummary incompleteSummary;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ScoringData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CriteriaSet> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scoreboard> board = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<ScoreRow> ranking = FXCollections.observableArrayList();
    private final ObservableList<AccountScore> incomplete = FXCollections.observableArrayList();
    private final ObservableList<QuadrantMove> movers = FXCollections.observableArrayList();
    private final ObservableList<Sensitivity.Case> sensitivity = FXCollections.observableArrayList();
    private final ObservableList<CriteriaSet> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RatingTodo> ratingRequest = new ReadOnlyObjectWrapper<>();
    private boolean refreshAgain;
    private boolean rateAfterSave;
    private Scoreboard savedBoard;
    private CriteriaSet loadedVersion;
    private Versions ratingVersions = Versions.NONE;

    public KeyAccountsViewModel(KeyAccountServices service, Background background, Texts texts, Runnable dataChanged) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.dataChanged = dataChanged;
        this.editor = new DraftEditor(texts, this::rescore);
        this.incompleteSummary = new IncompleteSummary(texts);
    }

    /** Reloads the data and the saved set; the draft starts again from the saved set. */
    public void refresh() {
        if (busy.get()) {
            refreshAgain = true; // one more load after the running one, which may not see the latest change
            return;
        }
        busy.set(true);
        error.set("");
        Integer y = year.get();
        var sets = service.criteriaSets();
        // the ratings' versions first: a rating changed between the two reads is refused on save, never overwritten
        background.run(texts.get("keys.progress.load"), monitor -> new Loaded(service.ratings().versions(),
                service.scoring().load(y), sets.currentSet(), sets.currentSet().flatMap(sets::previousVersion),
                sets.currentSet().map(s -> sets.versions(s.name())).orElse(List.of())), this::apply, failure -> {
                    busy.set(false);
                    error.set(KeyProblems.sentence(failure, texts));
                });
    }

    private record Loaded(Versions ratingVersions, ScoringData data, Optional<CriteriaSet> current, Optional<CriteriaSet> previous,
                          List<CriteriaSet> versions) {
    }

    private void apply(Loaded loaded) {
        busy.set(false);
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
        ratingVersions = loaded.ratingVersions();
        data.set(loaded.data());
        saved.set(loaded.current().orElse(null));
        versions.setAll(loaded.versions());
        savedBoard = null;
        movers.clear();
        try {
            if (saved.get() != null) {
                savedBoard = loaded.data().score(saved.get());
                if (loaded.previous().isPresent()) {
                    movers.setAll(VersionComparison.compare(loaded.data().score(loaded.previous().get()), savedBoard)
                            .moves());
                }
            }
        } catch (CriteriaInputException e) {
            error.set(KeyProblems.sentence(e, texts));
        }
        CriteriaSet s = saved.get();
        savedInfo.set(s == null ? texts.get("keys.noSet") : texts.format("keys.savedInfo", s.name(), s.version(),
                texts.date(s.savedAt().toLocalDate()), texts.date(s.reviewDue()), String.valueOf(loaded.data().year())));
        boolean sameSet = s != null && loadedVersion != null && s.name().equals(loadedVersion.name())
                && s.version() == loadedVersion.version();
        loadedVersion = s;
        if (sameSet && editor.dirtyProperty().get()) {
            editor.changed(); // new data (a rating, an import): the user's unsaved draft stays, re-scored
        } else {
            editor.load(s != null ? s : CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO,
                    loaded.data()::hasData));
            editor.dirtyProperty().set(s == null);
        }
        loads.set(loads.get() + 1);
        if (rateAfterSave && !editor.dirtyProperty().get()) {
            rateAfterSave = false;
            rateMissing();
        }
    }

    /**
     * Opens the rating grid on exactly the incomplete accounts and the criteria they lack. An unsaved
     * draft (the template on a first start) is saved first: ratings belong to a saved set.
     */
    public void rateMissing() {
        Scoreboard scored = board.get();
        if (scored == null || scored.toRate().isEmpty()) {
            return;
        }
        if (editor.dirtyProperty().get()) {
            if (editor.canSaveProperty().get()) {
                rateAfterSave = true;
                save();
            }
            return;
        }
        ratingRequest.set(null); // the same list again is a new request
        ratingRequest.set(scored.toRate());
    }

    /** The rating work list the user asked for (see {@link #rateMissing()}); a new value each time. */
    public ReadOnlyObjectProperty<RatingTodo> ratingRequestProperty() {
        return ratingRequest.getReadOnlyProperty();
    }

    /** Starts the draft again from the saved set. */
    public void resetDraft() {
        if (saved.get() != null) {
            editor.load(saved.get());
            editor.dirtyProperty().set(false);
        }
    }

    /** Replaces the draft by a template (not saved until {@link #save}). */
    public void applyTemplate(String templateName) {
        ScoringData d = data.get();
        editor.load(d == null ? CriteriaTemplates.template(templateName)
                : CriteriaTemplates.template(templateName, d::hasData));
        editor.dirtyProperty().set(true);
    }

    /** Scores the draft and compares every account with the saved set's ranking. */
    private void rescore(CriteriaSet draft) {
        ScoringData d = data.get();
        if (d == null || draft.criteria().isEmpty() || editor.weightless()) {
            return;
        }
        Scoreboard scored;
        try {
            scored = d.score(draft);
        } catch (CriteriaInputException e) {
            editor.refuse(e.message(texts.locale()));
            return;
        }
        ranking.setAll(ScoreRow.ranked(scored, d, savedBoard));
        incomplete.setAll(scored.incomplete());
        incompleteSummary.show(scored);
        board.set(scored);
        sensitivity.clear();
    }

    /** Saves the draft as a new version. */
    public void save() {
        Optional<CriteriaSet> draft = editor.toSet();
        if (draft.isEmpty() || !editor.canSaveProperty().get()) {
            return;
        }
        busy.set(true);
        background.run(texts.get("keys.progress.save"), monitor -> service.criteriaSets().save(draft.get()), s -> {
            busy.set(false);
            refresh();
            dataChanged.run();
        }, failure -> {
            busy.set(false);
            error.set(KeyProblems.sentence(failure, texts));
        });
    }

    /** Computes which accounts change quadrant when one weight of the draft moves by ±10 points. */
    public void computeSensitivity() {
        Optional<CriteriaSet> draft = editor.toSet();
        ScoringData d = data.get();
        if (draft.isEmpty() || d == null || !editor.canSaveProperty().get()) {
            return;
        }
        background.run(texts.get("keys.progress.sensitivity"), monitor -> service.scoring().sensitivity(d, draft.get()),
                sensitivity::setAll, failure -> error.set(KeyProblems.sentence(failure, texts)));
    }

    /** The changes and quadrant moves between two saved versions. */
    public VersionComparison compare(CriteriaSet before, CriteriaSet after) {
        return service.scoring().compare(data.get(), before, after);
    }

    /**
     * The accounts of a quadrant of the draft's matrix with their revenue, share and cumulative share in
     * the scoring year (the portfolio's figures); empty without revenue that year.
     */
    public List<AccountDrillDown.Row> accountsIn(Quadrant quadrant) {
        ScoringData d = data.get();
        if (d == null || d.analysis() == null) {
            return List.of();
        }
        return AccountDrillDown.accounts(d.analysis(), ranking.stream()
                .filter(r -> r.quadrant() == quadrant).map(r -> r.account().externalId()).toList());
    }

    /** The draft being edited: its fields, criteria rows, problems and whether it can be saved. */
    public DraftEditor editor() {
        return editor;
    }

    /** What the draft's matrix says about the accounts it cannot place. */
    public IncompleteSummary incompleteSummary() {
        return incompleteSummary;
    }

    /** Counts completed loads: data, saved set and the draft's scores are all up to date when it changes. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The versions of the ratings, read with the last load's data: what the rating grid's saves are based on. */
    public Versions ratingVersions() {
        return ratingVersions;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedInfoProperty() {
        return savedInfo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoringData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CriteriaSet> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The draft's scores (updated live). */
    public ReadOnlyObjectProperty<Scoreboard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<ScoreRow> ranking() {
        return ranking;
    }

    public ObservableList<AccountScore> incomplete() {
        return incomplete;
    }

    public ObservableList<QuadrantMove> movers() {
        return movers;
    }

    public ObservableList<Sensitivity.Case> sensitivity() {
        return sensitivity;
    }

    public ObservableList<CriteriaSet> versions() {
        return versions;
    }
}
