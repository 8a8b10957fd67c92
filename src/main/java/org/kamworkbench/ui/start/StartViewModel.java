package org.kamworkbench.ui.start;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The start screen: on an empty workspace the ways to fill it (import, demo); otherwise a summary
 * of what it holds.
 */
public final class StartViewModel {

    /** Revenue in one original currency: its ISO code and the amount formatted for the user. */
    public record CurrencyTotal(String currency, String amount) {
    }
    private final WorkspaceServices services;
    private final Background background;
    private final Texts texts;
    private final Runnable dataChanged;

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accounts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper years = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper records = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper totalMissing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reviewDue = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<CurrencyTotal> revenueByCurrency = FXCollections.observableArrayList();
    private final ObservableList<CurrencyTotal> revenueByCurrencyView =
            FXCollections.unmodifiableObservableList(revenueByCurrency);

    public StartViewModel(WorkspaceServices services, Background background, Texts texts, Runnable dataChanged) {
        this.services = services;
        this.background = background;
        this.texts = texts;
        this.dataChanged = dataChanged;
    }

    public String workspaceName() {
        return services.name();
    }

    /** The start screen's heading: the workspace's name, or that it is a team workspace on its server. */
    public String workspaceTitle() {
        return services.location().server()
                .map(a -> texts.format("team.start", a.database(), a.host(), a.user()))
                .orElseGet(() -> texts.format("start.workspace", workspaceName()));
    }

    /** Reloads the workspace's status. */
    public void refresh() {
        background.run(texts.get("progress.status"), monitor -> services.status().status(), this::apply,
                failure -> error.set(Problems.sentence(failure, texts)));
        background.run(texts.get("progress.status"), monitor -> services.keyAccounts().criteriaSets().latestSets(),
                this::applyReview, failure -> review.set(""));
    }

    /** The criteria review: the most overdue set, else the next one due. */
    private void applyReview(List<org.kamworkbench.domain.CriteriaSet> sets) {
        java.time.LocalDate today = services.keyAccounts().criteriaSets().today();
        var first = sets.stream().min(java.util.Comparator.comparing(org.kamworkbench.domain.CriteriaSet::reviewDue));
        reviewDue.set(first.isPresent() && !first.get().reviewDue().isAfter(today));
        review.set(first.map(set -> texts.format(reviewDue.get() ? "start.review.due" : "start.review.next", set.name(),
                texts.date(set.reviewDue()))).orElse(""));
    }

    private void apply(WorkspaceStatus s) {
        empty.set(s.accounts() == 0 && s.revenueRecords() == 0);
        accounts.set(texts.count(s.accounts()));
        years.set(yearsText(s.years()));
        records.set(texts.count(s.revenueRecords()));
        revenueByCurrency.clear();
        for (Map.Entry<String, java.math.BigDecimal> e : s.revenueByCurrency().entrySet()) {
            revenueByCurrency.add(new CurrencyTotal(e.getKey(), texts.amount(e.getValue())));
        }
        totalMissing.set(s.totalRevenue() == null);
        total.set(s.totalRevenue() != null ? texts.money(s.totalRevenue(), s.reportingCurrency()) : s.missingRate().text(texts.locale()));
        loaded.set(true);
    }

    private String yearsText(List<Integer> list) {
        if (list.isEmpty()) {
            return texts.get("start.summary.noYears");
        }
        int first = list.get(0);
        int last = list.get(list.size() - 1);
        if (last - first + 1 == list.size()) {
            return first == last ? String.valueOf(first) : first + " – " + last;
        }
        return String.join(", ", list.stream().map(String::valueOf).toList());
    }

    /**
     * Loads the generated demo portfolio into this (empty) workspace, in one transaction: cancelled or
     * failed, the workspace stays as it was.
     */
    public void loadDemo() {
        busy.set(true);
        error.set("");
        background.start(texts.get("progress.demo"), monitor -> services.demo().load(monitor),
                new Background.Listener<org.kamworkbench.service.demo.DemoPortfolio>() {
                    @Override
                    public void succeeded(org.kamworkbench.service.demo.DemoPortfolio demo) {
                        busy.set(false);
                        dataChanged.run();
                    }

                    @Override
                    public void cancelled() {
                        busy.set(false);
                    }

                    @Override
                    public void failed(Throwable failure) {
                        busy.set(false);
                        error.set(Problems.sentence(failure, texts));
                    }
                });
    }

    /** What the criteria review says ("" without criteria sets). */
    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reviewDueProperty() {
        return reviewDue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountsProperty() {
        return accounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty yearsProperty() {
        return years.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recordsProperty() {
        return records.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty totalMissingProperty() {
        return totalMissing.getReadOnlyProperty();
    }

    public ObservableList<CurrencyTotal> revenueByCurrency() {
        return revenueByCurrencyView;
    }
}
