package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.CriteriaTemplates;
import org.kamworkbench.service.criteria.CriteriaValidator;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.criteria.Sensitivity;
import org.kamworkbench.service.criteria.VersionComparison;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The key-accounts screen's shared state: the saved criteria set and an editable draft of it,
 * scored live on the loaded data as the user moves weights (rank and quadrant changes against the
 * saved set are kept on each row), the movers since the previous version, and the sensitivity of
 * the draft. Loading and saving run in the background; scoring a draft is pure computation.
 */
public final class KeyAccountsViewModel {
    private final KeyAccountServices service;
    private final Background background;
    private final Texts texts;
    private final Runnable dataChanged;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper loads = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper remaining = new ReadOnlyDoubleWrapper(100);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<ScoringData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CriteriaSet> saved = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Scoreboard> board = new ReadOnlyObjectWrapper<>();
    private final StringProperty setName = new SimpleStringProperty("");
    private final DoubleProperty cut = new SimpleDoubleProperty(CriteriaSet.DEFAULT_CUT);
    private final IntegerProperty reviewMonths = new SimpleIntegerProperty(CriteriaSet.DEFAULT_REVIEW_MONTHS);
    private final IntegerProperty keyMonths = new SimpleIntegerProperty(CriteriaSet.DEFAULT_REVIEW_MONTHS);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList(
            row -> row.observables());
    private final ObservableList<ScoreRow> ranking = FXCollections.observableArrayList();
    private final ObservableList<AccountScore> incomplete = FXCollections.observableArrayList();
    private final ObservableList<QuadrantMove> movers = FXCollections.observableArrayList();
    private final ObservableList<Sensitivity.Case> sensitivity = FXCollections.observableArrayList();
    private final ObservableList<CriteriaSet> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper incompleteSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper incompleteHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRateMissing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<org.kamworkbench.service.criteria.RatingTodo> ratingRequest =
            new ReadOnlyObjectWrapper<>();
    private boolean refreshAgain;
    private boolean rateAfterSave;
    private Scoreboard savedBoard;
    private CriteriaSet loadedVersion;
    private boolean loadingDraft;
    private Versions ratingVersions = Versions.NONE;

    public KeyAccountsViewModel(KeyAccountServices service, Background background, Texts texts, Runnable dataChanged) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.dataChanged = dataChanged;
        InvalidationListener changed = o -> draftChanged();
        criteria.addListener((ListChangeListener<CriterionRow>) c -> draftChanged());
        cut.addListener(changed);
        setName.addListener(changed);
        reviewMonths.addListener(changed);
        keyMonths.addListener(changed);
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
        // the ratings' versions first: a rating changed between the two reads is refused on save, never overwritten
        background.run(texts.get("keys.progress.load"), monitor -> new Loaded(service.ratings().versions(),
                service.scoring().load(y), service.criteriaSets().currentSet(),
                service.criteriaSets().currentSet().flatMap(service.criteriaSets()::previousVersion),
                service.criteriaSets().currentSet().map(s -> service.criteriaSets().versions(s.name())).orElse(List.of())),
                this::apply, failure -> {
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
        if (sameSet && dirty.get()) {
            draftChanged(); // new data (a rating, an import): the user's unsaved draft stays, re-scored
        } else {
            loadDraft(s != null ? s : CriteriaTemplates.template(CriteriaTemplates.KAM_PORTFOLIO,
                    loaded.data()::hasData));
            dirty.set(s == null);
        }
        loads.set(loads.get() + 1);
        if (rateAfterSave && !dirty.get()) {
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
        if (dirty.get()) {
            if (canSave.get()) {
                rateAfterSave = true;
                save();
            }
            return;
        }
        ratingRequest.set(null); // the same list again is a new request
        ratingRequest.set(scored.toRate());
    }

    /** The rating work list the user asked for (see {@link #rateMissing()}); a new value each time. */
    public ReadOnlyObjectProperty<org.kamworkbench.service.criteria.RatingTodo> ratingRequestProperty() {
        return ratingRequest.getReadOnlyProperty();
    }

    /** "42 accounts are incomplete…: 42 without a rating for Potential, 12 without an estimated spend…", or "". */
    public ReadOnlyStringProperty incompleteSummaryProperty() {
        return incompleteSummary.getReadOnlyProperty();
    }

    /** The summary's first sentence alone ("17 accounts are incomplete…"), "" when every account is scored. */
    public ReadOnlyStringProperty incompleteHeadlineProperty() {
        return incompleteHeadline.getReadOnlyProperty();
    }

    /** True when the incomplete accounts can be completed in the rating grid. */
    public ReadOnlyBooleanProperty canRateMissingProperty() {
        return canRateMissing.getReadOnlyProperty();
    }

    private void summarise(Scoreboard scored) {
        if (scored.incomplete().isEmpty()) {
            incompleteSummary.set("");
            incompleteHeadline.set("");
            canRateMissing.set(false);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (org.kamworkbench.service.criteria.MissingCount c : scored.missingCounts()) {
            parts.add(texts.format("keys.missing." + c.reason().name(), texts.count(c.accounts()), c.criterion().name()));
        }
        incompleteSummary.set(texts.format("keys.matrix.incomplete", texts.count(scored.incomplete().size()),
                String.join("; ", parts)));
        incompleteHeadline.set(texts.format("keys.matrix.incompleteHeadline", texts.count(scored.incomplete().size())));
        canRateMissing.set(!scored.toRate().isEmpty());
    }

    /** Starts the draft again from the saved set. */
    public void resetDraft() {
        if (saved.get() != null) {
            loadDraft(saved.get());
            dirty.set(false);
        }
    }

    /** Replaces the draft by a template (not saved until {@link #save}). */
    public void applyTemplate(String templateName) {
        ScoringData d = data.get();
        loadDraft(d == null ? CriteriaTemplates.template(templateName)
                : CriteriaTemplates.template(templateName, d::hasData));
        dirty.set(true);
    }

    private void loadDraft(CriteriaSet set) {
        loadingDraft = true;
        setName.set(set.name());
        cut.set(set.quadrantCut());
        reviewMonths.set(set.reviewIntervalMonths());
        keyMonths.set(set.keyReviewMonths());
        criteria.setAll(set.criteria().stream().map(c -> CriterionRow.of(c, texts)).toList());
        loadingDraft = false;
        draftChanged();
    }

    public void addCriterion() {
        CriterionRow row = CriterionRow.of(Criterion.manual(texts.format("keys.newCriterion", criteria.size() + 1),
                org.kamworkbench.domain.Axis.ATTRACTIVENESS, 0, Criterion.DEFAULT_SCALE), texts);
        criteria.add(row);
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    /** The draft as a set, or empty (with the reason in {@link #problemsProperty()}) when a field cannot be read. */
    public Optional<CriteriaSet> draft() {
        try {
            List<Criterion> list = new ArrayList<>();
            for (CriterionRow row : criteria) {
                list.add(row.toCriterion(texts));
            }
            return Optional.of(new CriteriaSet(setName.get().strip(), 0, null, cut.get(), reviewMonths.get(),
                    keyMonths.get(), list));
        } catch (IllegalArgumentException e) {
            problems.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void draftChanged() {
        if (loadingDraft) {
            return;
        }
        dirty.set(true);
        remaining.set(100 - criteria.stream().mapToDouble(r -> r.weightProperty().get()).sum());
        Optional<CriteriaSet> draft = draft();
        if (draft.isEmpty()) {
            canSave.set(false);
            return;
        }
        List<String> rules = CriteriaValidator.problems(draft.get()).stream().map(r -> r.text(texts.locale())).toList();
        problems.set(String.join("\n", rules));
        canSave.set(rules.isEmpty());
        rescore(draft.get());
    }

    /** Scores the draft and compares every account with the saved set's ranking. */
    private void rescore(CriteriaSet draft) {
        ScoringData d = data.get();
        if (d == null || draft.criteria().isEmpty() || criteria.stream().allMatch(r -> r.weightProperty().get() <= 0)) {
            return;
        }
        Scoreboard scored;
        try {
            scored = d.score(draft);
        } catch (CriteriaInputException e) {
            problems.set(e.message(texts.locale()));
            canSave.set(false);
            return;
        }
        List<ScoreRow> rows = new ArrayList<>(scored.ranked().size());
        int rank = 1;
        for (AccountScore s : scored.ranked()) {
            AccountScore before = savedBoard == null ? null : savedBoard.of(s.account().id());
            rows.add(new ScoreRow(rank++, s.account(), s.attractiveness(), s.strength(), s.score(), s.quadrant(),
                    d.revenue(s.account()), d.abcClass(s.account()),
                    savedBoard == null ? 0 : savedBoard.rank(s.account().id()),
                    before == null ? null : before.quadrant()));
        }
        ranking.setAll(rows);
        incomplete.setAll(scored.incomplete());
        summarise(scored);
        board.set(scored);
        sensitivity.clear();
    }

    /** Saves the draft as a new version. */
    public void save() {
        Optional<CriteriaSet> draft = draft();
        if (draft.isEmpty() || !canSave.get()) {
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
        Optional<CriteriaSet> draft = draft();
        ScoringData d = data.get();
        if (draft.isEmpty() || d == null || !canSave.get()) {
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
    public java.util.List<org.kamworkbench.service.portfolio.AccountDrillDown.Row> accountsIn(
            org.kamworkbench.domain.Quadrant quadrant) {
        ScoringData d = data.get();
        if (d == null || d.analysis() == null) {
            return List.of();
        }
        return org.kamworkbench.service.portfolio.AccountDrillDown.accounts(d.analysis(), ranking.stream()
                .filter(r -> r.quadrant() == quadrant).map(r -> r.account().externalId()).toList());
    }

    /** Counts completed loads: data, saved set and the draft's scores are all up to date when it changes. */
    public javafx.beans.property.ReadOnlyIntegerProperty loadsProperty() {
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

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedInfoProperty() {
        return savedInfo.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
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

    public StringProperty setNameProperty() {
        return setName;
    }

    public DoubleProperty cutProperty() {
        return cut;
    }

    public IntegerProperty reviewMonthsProperty() {
        return reviewMonths;
    }

    public IntegerProperty keyMonthsProperty() {
        return keyMonths;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<CriterionRow> criteria() {
        return criteria;
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
