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
import org.kamworkbench.service.criteria.KeyAccountService;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The rating grid: every account × the manual criteria of the saved set, filterable by name or id
 * (and to the accounts still missing a rating). Each edit is saved at once (one transaction) with
 * today's date, the author and an optional comment; then the scores are reloaded.
 */
public final class RatingsViewModel {
    private final KeyAccountService service;
    private final Background background;
    private final Texts texts;
    private final Runnable ratingsChanged;
    private final Runnable reloadAll;
    private final ObservableList<RatingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<RatingRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty onlyMissing = new SimpleBooleanProperty();
    private final StringProperty author = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /**
     * @param ratingsChanged after one rating: re-score, the grid keeps its rows
     * @param reloadAll      after an import: reload everything, the grid included
     */
    public RatingsViewModel(KeyAccountService service, Background background, Texts texts, Runnable ratingsChanged,
                            Runnable reloadAll) {
        this.service = service;
        this.reloadAll = reloadAll;
        this.background = background;
        this.texts = texts;
        this.ratingsChanged = ratingsChanged;
        filter.addListener(o -> applyFilter());
        onlyMissing.addListener(o -> applyFilter());
    }

    /** Shows the accounts of {@code data} against the manual criteria of {@code set} (none when null). */
    public void show(ScoringData data, CriteriaSet set) {
        criteria.setAll(set == null ? List.of() : set.criteria().stream().filter(c -> c.source().manual()).toList());
        List<RatingRow> list = new ArrayList<>();
        if (data != null) {
            for (Account a : data.accounts()) {
                RatingRow row = new RatingRow(a);
                for (Criterion c : criteria) {
                    row.put(c.name(), data.rating(a.id(), c.name()));
                }
                list.add(row);
            }
        }
        rows.setAll(list);
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        filtered.setPredicate(r -> (f.isEmpty() || r.account().name().toLowerCase(Locale.ROOT).contains(f)
                || r.account().externalId().toLowerCase(Locale.ROOT).contains(f))
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
        Rating old = row.rating(criterion.name());
        String note = comment != null ? comment : old == null ? "" : old.comment();
        String by = author.get();
        background.run(texts.get("keys.progress.rate"), monitor ->
                        service.rate(row.account().id(), criterion.name(), level, by, note), saved -> {
                    row.put(criterion.name(), saved);
                    int i = rows.indexOf(row);
                    if (i >= 0) {
                        rows.set(i, row); // tells the grid the row changed
                    }
                    ratingsChanged.run();
                }, failure -> error.set(KeyProblems.sentence(failure, texts)));
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
        return texts.format("keys.ratings.detail", r.level(), anchor.isEmpty() ? "–" : anchor, r.date(),
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
