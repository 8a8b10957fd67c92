package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.criteria.RatingService;
import org.kamworkbench.service.edit.StaleEditException;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Texts;

/**
 * The rating grid: every account × the manual criteria of the saved set, by revenue descending,
 * filterable by name or id, to the accounts still missing a rating, or to the matrix's incomplete
 * accounts and the criteria they lack. Each edit shows at once and is saved (one transaction, in
 * typing order) with today's date, the author and an optional comment; then the scores are reloaded. A save is
 * based on the rating's version read with the grid: when someone else rated the cell since, it is refused with
 * who and when, and the typed rating stays in the cell until a reload shows theirs.
 */
public final class RatingsViewModel {
    private final RatingService service;
    private final Background background;
    private final Texts texts;
    private final Runnable ratingsChanged;
    private final Runnable reloadAll;
    private final ObservableList<RatingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RatingRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final List<Criterion> allCriteria = new ArrayList<>();
    private final javafx.beans.property.ObjectProperty<org.kamworkbench.service.criteria.RatingTodo> workList =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper workListText = new ReadOnlyStringWrapper("");
    private CriteriaSet shownSet;
    private String currency = "";
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty onlyMissing = new SimpleBooleanProperty();
    private final StringProperty author = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadVersions versions = new ReadVersions();
    /** The error shown is a refusal of a save based on an older rating: the next reload clears it. */
    private boolean refusedAsStale;

    /**
     * @param ratingsChanged after one rating: re-score, the grid keeps its rows
     * @param reloadAll      after an import: reload everything, the grid included
     */
    public RatingsViewModel(RatingService service, Background background, Texts texts, Runnable ratingsChanged,
                            Runnable reloadAll) {
        this.service = service;
        this.reloadAll = reloadAll;
        this.background = background;
        this.texts = texts;
        this.ratingsChanged = ratingsChanged;
        filter.addListener(o -> applyFilter());
        onlyMissing.addListener(o -> applyFilter());
    }

    /**
     * Shows the accounts of {@code data} against the manual criteria of {@code set} (none when null),
     * by revenue descending (ties by external id). The same set over the same accounts is updated in
     * place: rows, order and the focused cell stay; a cell whose write is on its way keeps its value.
     */
    public void show(ScoringData data, CriteriaSet set) {
        show(data, set, Versions.NONE);
    }

    /**
     * As {@link #show(ScoringData, CriteriaSet)}, with the versions of the ratings read before {@code data}: a
     * rating typed into the grid is saved based on them, and refused when someone else rated the cell since.
     */
    public void show(ScoringData data, CriteriaSet set, Versions read) {
        List<Criterion> manual = set == null ? List.of() : set.criteria().stream().filter(c -> c.source().manual())
                .toList();
        List<Account> accounts = data == null ? List.of() : data.accounts();
        currency = data == null ? "" : data.reportingCurrency();
        if (!sameGrid(set, accounts)) {
            versions.clear();
        }
        if (refusedAsStale) { // the reload the refusal asked for: its sentence is done
            refusedAsStale = false;
            error.set("");
        }
        versions.loaded(read);
        if (sameGrid(set, accounts)) {
            for (RatingRow row : rows) {
                row.figures(data.revenue(row.account()), data.abcClass(row.account()));
                for (Criterion c : manual) {
                    if (!row.isWriting(c.name())) {
                        row.put(c.name(), data.rating(row.account().id(), c.name()));
                    }
                }
            }
            return;
        }
        shownSet = set;
        allCriteria.clear();
        allCriteria.addAll(manual);
        List<RatingRow> list = new ArrayList<>();
        for (Account a : accounts) {
            RatingRow row = new RatingRow(a, data.revenue(a), data.abcClass(a));
            for (Criterion c : manual) {
                row.put(c.name(), data.rating(a.id(), c.name()));
            }
            list.add(row);
        }
        list.sort(BY_REVENUE);
        rows.setAll(list);
        workList.set(null);
        applyFilter();
    }

    /** Revenue descending, then external id: the A accounts come first. */
    static final java.util.Comparator<RatingRow> BY_REVENUE = java.util.Comparator
            .comparing(RatingRow::revenue, java.util.Comparator.reverseOrder())
            .thenComparing(r -> r.account().externalId());

    private boolean sameGrid(CriteriaSet set, List<Account> accounts) {
        if (shownSet == null || set == null || !shownSet.name().equals(set.name())
                || shownSet.version() != set.version() || rows.size() != accounts.size()) {
            return false;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        rows.forEach(r -> ids.add(r.account().id()));
        return accounts.stream().allMatch(a -> ids.contains(a.id()));
    }

    /**
     * Shows exactly the accounts and criteria of {@code todo} (the matrix's incomplete accounts);
     * {@link #showAll()} lifts it.
     */
    public void showOnly(org.kamworkbench.service.criteria.RatingTodo todo) {
        workList.set(todo);
        applyFilter();
    }

    /** Shows every account and criterion again. */
    public void showAll() {
        workList.set(null);
        applyFilter();
    }

    private void applyFilter() {
        var todo = workList.get();
        List<Criterion> visible = todo == null ? allCriteria : allCriteria.stream()
                .filter(c -> todo.criteria().contains(c.name())).toList();
        if (!visible.equals(criteria)) {
            criteria.setAll(visible);
        }
        workListText.set(todo == null ? "" : texts.format("keys.ratings.workList", todo.accountIds().size(),
                String.join(", ", todo.criteria())));
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(r -> (f.isEmpty() || r.account().name().toLowerCase(Locale.ROOT).contains(f)
                || r.account().externalId().toLowerCase(Locale.ROOT).contains(f))
                && (todo == null || todo.accountIds().contains(r.account().id()))
                && (!onlyMissing.get() || criteria.stream().anyMatch(c -> missing(r, c))));
    }

    private static boolean missing(RatingRow r, Criterion c) {
        Rating rating = r.rating(c.name());
        return rating == null || rating.level() > c.scale();
    }

    /**
     * Sets (level ≥ 1) or clears (level 0) a rating, keeping the comment given (null keeps the old one).
     * A level outside the scale is refused with a sentence in {@link #errorProperty()}.
     */
    public void rate(RatingRow row, Criterion criterion, int level, String comment) {
        if (level < 0 || level > criterion.scale()) {
            error.set(texts.format("keys.ratings.outside", level, criterion.scale(), criterion.name()));
            return;
        }
        error.set("");
        refusedAsStale = false;
        Rating old = row.rating(criterion.name());
        String note = comment != null ? comment : old == null ? "" : old.comment();
        String by = author.get();
        // shown at once; the write follows in order on the background worker
        row.put(criterion.name(), level == 0 ? null : new Rating(row.account().id(), criterion.name(), level,
                java.time.LocalDate.now(), by, note));
        row.writing(criterion.name(), 1);
        VersionKey key = VersionKey.rating(row.account().id(), criterion.name());
        background.run(texts.get("keys.progress.rate"), monitor -> {
                    long basedOn = versions.of(key); // after the saves queued before this one
                    Rating stored = service.rate(row.account().id(), criterion.name(), level, by, note, basedOn);
                    versions.saved(key, basedOn);
                    return stored;
                }, saved -> {
                    row.writing(criterion.name(), -1);
                    if (!row.isWriting(criterion.name())) {
                        row.put(criterion.name(), saved);
                    }
                    ratingsChanged.run();
                }, failure -> {
                    row.writing(criterion.name(), -1);
                    // refused as stale: the typed rating stays in the cell until a reload (F5) shows the other one
                    if (!row.isWriting(criterion.name()) && !(failure instanceof StaleEditException)) {
                        row.put(criterion.name(), old);
                    }
                    error.set(KeyProblems.sentence(failure, texts));
                    refusedAsStale = failure instanceof StaleEditException;
                });
    }

    private final ReadOnlyStringWrapper imported = new ReadOnlyStringWrapper("");

    /**
     * Imports a ratings file (account,criterion,rating[,date,author,comment], or the sheet the ratings export
     * writes: an account column, then one column per criterion); all or nothing. The sentence says which form was read.
     */
    public void importFile(java.nio.file.Path file) {
        error.set("");
        imported.set("");
        String by = author.get();
        background.run(texts.get("keys.progress.rate"), monitor -> service.importRatingsFile(file, by), report -> {
            String name = file.getFileName().toString();
            imported.set(report.wide()
                    ? texts.format("keys.ratings.importedWide", report.ratings(), name, String.join(", ", report.criteria()))
                    : texts.format("keys.ratings.importedLong", report.ratings(), name));
            reloadAll.run();
        }, failure -> error.set(KeyProblems.sentence(failure, texts)));
    }

    /** The reporting currency of the revenue column. */
    public String currency() {
        return currency;
    }

    public ReadOnlyStringProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** The anchor text and who rated when, for a cell's tooltip and the detail line. */
    public String describe(RatingRow row, Criterion criterion) {
        Rating r = row.rating(criterion.name());
        if (r == null) {
            return texts.format("keys.ratings.none", criterion.name());
        }
        String anchor = criterion.anchor(r.level());
        return texts.format("keys.ratings.detail", r.level(), anchor.isEmpty() ? "–" : anchor, texts.date(r.date()),
                r.author().isEmpty() ? "–" : r.author(), r.comment().isEmpty() ? "–" : r.comment());
    }

    /** Level → anchor text of every level, for the column header's tooltip. */
    public static Map<Integer, String> anchors(Criterion c) {
        Map<Integer, String> map = new HashMap<>();
        for (int level = 1; level <= c.scale(); level++) {
            map.put(level, c.anchor(level));
        }
        return map;
    }

    public ObservableList<RatingRow> rows() {
        return filtered;
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    /** "Showing the 42 incomplete accounts…" while the grid shows the matrix's work list, else "". */
    public ReadOnlyStringProperty workListProperty() {
        return workListText.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty onlyMissingProperty() {
        return onlyMissing;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
