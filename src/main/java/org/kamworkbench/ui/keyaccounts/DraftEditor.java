package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.service.criteria.CriteriaValidator;
import org.kamworkbench.ui.common.Texts;

/**
 * The editable draft of a criteria set (name, quadrant cut, review months, criteria rows), checked
 * against the set's rules on every change: it says what is wrong, how much weight is left and whether
 * it can be saved, and hands every readable draft to {@code onChange} to be scored.
 */
public final class DraftEditor {
    private final Texts texts;
    private final Consumer<CriteriaSet> onChange;
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper remaining = new ReadOnlyDoubleWrapper(100);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final StringProperty setName = new SimpleStringProperty("");
    private final DoubleProperty cut = new SimpleDoubleProperty(CriteriaSet.DEFAULT_CUT);
    private final IntegerProperty reviewMonths = new SimpleIntegerProperty(CriteriaSet.DEFAULT_REVIEW_MONTHS);
    private final IntegerProperty keyMonths = new SimpleIntegerProperty(CriteriaSet.DEFAULT_REVIEW_MONTHS);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ObservableList<CriterionRow> criteria = FXCollections.observableArrayList(
            row -> row.observables());
    private final javafx.beans.binding.BooleanBinding canAdd =
            javafx.beans.binding.Bindings.size(criteria).lessThan(CriteriaValidator.MAX_CRITERIA);
    private boolean loading;

    DraftEditor(Texts texts, Consumer<CriteriaSet> onChange) {
        this.texts = texts;
        this.onChange = onChange;
        InvalidationListener changed = o -> changed();
        criteria.addListener((ListChangeListener<CriterionRow>) c -> changed());
        cut.addListener(changed);
        setName.addListener(changed);
        reviewMonths.addListener(changed);
        keyMonths.addListener(changed);
    }

    /** Starts the draft from {@code set}; it counts as changed (dirty) until the caller says otherwise. */
    void load(CriteriaSet set) {
        loading = true;
        setName.set(set.name());
        cut.set(set.quadrantCut());
        reviewMonths.set(set.reviewIntervalMonths());
        keyMonths.set(set.keyReviewMonths());
        criteria.setAll(set.criteria().stream().map(c -> CriterionRow.of(c, texts)).toList());
        loading = false;
        changed();
    }

    /** True while the draft has room for another criterion (a set has at most {@link CriteriaValidator#MAX_CRITERIA}). */
    public javafx.beans.binding.BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Adds a criterion to the draft, unless it already has as many as a set may hold. */
    public void addCriterion() {
        if (criteria.size() >= CriteriaValidator.MAX_CRITERIA) {
            return;
        }
        CriterionRow row = CriterionRow.of(Criterion.manual(texts.format("keys.newCriterion", criteria.size() + 1),
                Axis.ATTRACTIVENESS, 0, Criterion.DEFAULT_SCALE), texts);
        criteria.add(row);
    }

    public void removeCriterion(CriterionRow row) {
        criteria.remove(row);
    }

    /** The draft as a set, or empty (with the reason in {@link #problemsProperty()}) when a field cannot be read. */
    Optional<CriteriaSet> toSet() {
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

    /** Checks the draft again and hands it on to be scored (new data under an unchanged draft). */
    void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        remaining.set(100 - criteria.stream().mapToDouble(r -> r.weightProperty().get()).sum());
        Optional<CriteriaSet> draft = toSet();
        if (draft.isEmpty()) {
            canSave.set(false);
            return;
        }
        List<String> rules = CriteriaValidator.problems(draft.get()).stream().map(r -> r.text(texts.locale())).toList();
        problems.set(String.join("\n", rules));
        canSave.set(rules.isEmpty());
        onChange.accept(draft.get());
    }

    /** The draft cannot be scored, so cannot be saved: {@code problem} says why. */
    void refuse(String problem) {
        problems.set(problem);
        canSave.set(false);
    }

    /** True when no criterion carries any weight (nothing to score). */
    boolean weightless() {
        return criteria.stream().allMatch(r -> r.weightProperty().get() <= 0);
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
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

    public ObservableList<CriterionRow> criteria() {
        return criteria;
    }
}
