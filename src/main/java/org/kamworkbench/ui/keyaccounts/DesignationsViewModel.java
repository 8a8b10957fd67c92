package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.DesignationService;
import org.kamworkbench.service.criteria.EffortService;
import org.kamworkbench.service.criteria.ReviewAlert;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.edit.StaleEditException;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Texts;

/**
 * Designations beside the computed quadrants (differences flagged), the history of the selected
 * account, the form to confirm a status with a reason, and the review alerts.
 */
public final class DesignationsViewModel {
    private final DesignationService service;
    private final EffortService effort;
    private final Background background;
    private final Texts texts;
    private final ObservableList<DesignationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DesignationRow> filtered = new FilteredList<>(rows);
    private final ObservableList<Designation> history = FXCollections.observableArrayList();
    private final ObservableList<ReviewAlert> alerts = FXCollections.observableArrayList();
    private final ObjectProperty<DesignationRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<DesignationStatus> status = new SimpleObjectProperty<>(DesignationStatus.KEY);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.IntegerProperty effortYear =
            new javafx.beans.property.SimpleIntegerProperty(java.time.Year.now().getValue() - 1);
    /** The year of the scores last shown: effort follows it when it changes. */
    private Integer scoredYear;
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final StringProperty spendAmount = new SimpleStringProperty("");
    private final StringProperty spendCurrency = new SimpleStringProperty("");
    private final ObservableList<DesignationRow> selection = FXCollections.observableArrayList();
    private List<Designation> allHistory = List.of();
    /** The designations' versions as read with the list: what a confirmation is based on. */
    private final ReadVersions versions = new ReadVersions();
    /** The message shown is a refusal of a designation based on an older one: the next reload clears it. */
    private boolean refusedAsStale;

    /** Who designates: the user's name from their profile (the system user's until the shell sets it). */
    private final javafx.beans.property.StringProperty author =
            new javafx.beans.property.SimpleStringProperty(System.getProperty("user.name", ""));

    public javafx.beans.property.StringProperty authorProperty() {
        return author;
    }

    public DesignationsViewModel(DesignationService service, EffortService effort, Background background, Texts texts) {
        this.service = service;
        this.effort = effort;
        this.background = background;
        this.texts = texts;
        selected.addListener((o, was, now) -> {
            showHistory();
            if (now != null && currentStatus(now) != null) {
                status.set(currentStatus(now));
            }
            if (now != null && (was == null || was.account().id() != now.account().id())) {
                hours.set("");
                budget.set("");
                spendAmount.set("");
                spendCurrency.set(now.account().currency() == null ? "" : now.account().currency());
            }
        });
        filter.addListener(o -> {
            String f = filter.get().strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(r -> f.isEmpty() || r.account().name().toLowerCase(Locale.ROOT).contains(f)
                    || r.account().externalId().toLowerCase(Locale.ROOT).contains(f));
        });
    }

    /** Reloads designations and alerts for the accounts of {@code board} (the draft's scores). */
    public void show(List<Account> accounts, Scoreboard board) {
        if (board != null && !Integer.valueOf(board.year()).equals(scoredYear)) {
            scoredYear = board.year(); // effort is entered for the year the accounts are scored on, until changed
            effortYear.set(board.year());
        }
        // the versions first: a designation made between the two reads is refused on save, never overwritten
        background.run(texts.get("keys.progress.designations"), monitor -> new Loaded(service.versions(),
                service.history(), service.currentByAccount(), service.reviewAlerts()), loaded -> {
                    versions.loaded(loaded.versions());
                    if (refusedAsStale) { // the reload the refusal asked for: its sentence is done
                        refusedAsStale = false;
                        message.set("");
                    }
                    allHistory = loaded.history();
                    List<DesignationRow> list = new ArrayList<>();
                    for (Account a : accounts) {
                        AccountScore s = board == null ? null : board.of(a.id());
                        list.add(new DesignationRow(a, s == null ? null : s.quadrant(), s == null ? Double.NaN
                                : s.score(), loaded.current().get(a.id())));
                    }
                    list.sort(DesignationRow.BY_SCORE);
                    rows.setAll(list);
                    alerts.setAll(loaded.alerts());
                    showHistory();
                }, failure -> message.set(KeyProblems.sentence(failure, texts)));
    }

    private record Loaded(Versions versions, List<Designation> history, Map<Long, Designation> current, List<ReviewAlert> alerts) {
    }

    private void showHistory() {
        DesignationRow row = selected.get();
        List<Designation> list = new ArrayList<>(row == null ? List.of() : allHistory.stream()
                .filter(d -> d.accountId() == row.account().id()).toList());
        java.util.Collections.reverse(list); // newest first
        history.setAll(list);
    }

    /**
     * Confirms the chosen status, with the one reason given, for every selected account (one
     * transaction), based on the designations as read: when someone else designated one of them since, nothing is
     * saved, the sentence says who and when, and the status and reason stay for a second try after a reload.
     */
    public void designate(Runnable done) {
        List<DesignationRow> picked = List.copyOf(selection);
        if (picked.isEmpty()) {
            message.set(texts.get("keys.designations.pick"));
            return;
        }
        DesignationStatus s = status.get();
        String why = reason.get();
        String by = author.get();
        List<Long> ids = picked.stream().map(r -> r.account().id()).toList();
        background.run(texts.get("keys.progress.designate"), monitor -> {
                    Versions read = versions.now(); // after the saves queued before this one
                    List<Designation> saved = service.designateAll(ids, s, why, by, read);
                    ids.forEach(id -> versions.saved(VersionKey.designation(id), read.of(VersionKey.designation(id))));
                    return saved;
                }, d -> {
                    reason.set("");
                    String label = texts.get("keys.status." + s.name().toLowerCase(Locale.ROOT));
                    message.set(picked.size() == 1
                            ? texts.format("keys.designations.done", picked.get(0).account().name(), label)
                            : texts.format("keys.designations.doneMany", texts.count(picked.size()), label));
                    done.run();
                }, failure -> {
                    message.set(KeyProblems.sentence(failure, texts));
                    refusedAsStale = failure instanceof StaleEditException;
                });
    }

    /**
     * The shown rows in a quadrant with a total score of at least {@code minScore} (null: any), best
     * first: "all Strategic", "all Development with score ≥ 60".
     */
    public List<DesignationRow> matching(Quadrant quadrant, Double minScore) {
        return filtered.stream().filter(r -> r.quadrant() == quadrant
                && (minScore == null || r.score() >= minScore)).toList();
    }

    /**
     * The same with the minimum score as typed ("" for any); null, with the reason in the message,
     * when it is not a number from 0 to 100.
     */
    public List<DesignationRow> matching(Quadrant quadrant, String minScore) {
        String typed = minScore == null ? "" : minScore.strip();
        java.math.BigDecimal min = typed.isEmpty() ? null : texts.parseDecimal(typed);
        if (!typed.isEmpty() && (min == null || min.signum() < 0 || min.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
            message.set(texts.get("keys.designations.notNumber"));
            return null;
        }
        message.set("");
        return matching(quadrant, min == null ? null : min.doubleValue());
    }

    /** The status that an account's box shows: its current designation, else its computed quadrant's. */
    static DesignationStatus currentStatus(DesignationRow row) {
        if (row.designation() != null) {
            return row.designation().status();
        }
        if (row.quadrant() == null) {
            return null;
        }
        for (DesignationStatus s : DesignationStatus.values()) {
            if (s.quadrant() == row.quadrant()) {
                return s;
            }
        }
        return null;
    }

    /** The selected rows (several with Ctrl/Shift or a quick selection). */
    public ObservableList<DesignationRow> selection() {
        return selection;
    }

    /** Enters the typed hours and/or budget for the selected account and year. */
    public void saveEffort() {
        DesignationRow row = selected.get();
        if (row == null) {
            message.set(texts.get("keys.designations.pick"));
            return;
        }
        java.math.BigDecimal h = hours.get().isBlank() ? null : texts.parseDecimal(hours.get());
        java.math.BigDecimal b = budget.get().isBlank() ? null : texts.parseDecimal(budget.get());
        if ((h == null && !hours.get().isBlank()) || (b == null && !budget.get().isBlank())) {
            message.set(texts.get("keys.effort.notNumber"));
            return;
        }
        int year = effortYear.get();
        background.run(texts.get("keys.progress.effort"), monitor -> effort.enterEffort(row.account().id(), year, h, b),
                e -> message.set(texts.format("keys.effort.saved", row.account().name(), String.valueOf(year))),
                failure -> message.set(KeyProblems.sentence(failure, texts)));
    }

    /** Enters the client's estimated spend for the selected account. */
    public void saveSpend() {
        DesignationRow row = selected.get();
        if (row == null) {
            message.set(texts.get("keys.designations.pick"));
            return;
        }
        java.math.BigDecimal amount = texts.parseDecimal(spendAmount.get());
        if (amount == null) {
            message.set(texts.get("keys.effort.notNumber"));
            return;
        }
        String currency = spendCurrency.get();
        background.run(texts.get("keys.progress.effort"), monitor -> effort.enterEstimatedSpend(row.account().id(),
                amount, currency), s -> message.set(texts.format("keys.spend.saved", row.account().name())),
                failure -> message.set(KeyProblems.sentence(failure, texts)));
    }

    public javafx.beans.property.IntegerProperty effortYearProperty() {
        return effortYear;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty budgetProperty() {
        return budget;
    }

    public StringProperty spendAmountProperty() {
        return spendAmount;
    }

    public StringProperty spendCurrencyProperty() {
        return spendCurrency;
    }

    public ObservableList<DesignationRow> rows() {
        return filtered;
    }

    public ObservableList<Designation> history() {
        return history;
    }

    public ObservableList<ReviewAlert> alerts() {
        return alerts;
    }

    public ObjectProperty<DesignationRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<DesignationStatus> statusProperty() {
        return status;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
