package org.kamworkbench.ui.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.ScenarioResult;

/**
 * The "lose these accounts" scenario of the portfolio screen: the accounts to pick from (searchable,
 * each shown with its revenue and share of the period), the picks, and the result the view model
 * computes for them. A change of the picks calls back to recompute.
 */
public final class ScenarioPicks {
    private final PortfolioFormats formats;
    private final ObservableList<Account> choices = FXCollections.observableArrayList();
    private final FilteredList<Account> searchResults = new FilteredList<>(choices);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Account> picks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ScenarioResult> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PortfolioRows.ScenarioSummary> summary = new ReadOnlyObjectWrapper<>();
    private final Map<String, String> figures = new HashMap<>();

    ScenarioPicks(PortfolioFormats formats, Runnable picksChanged) {
        this.formats = formats;
        picks.addListener((ListChangeListener<Account>) c -> picksChanged.run());
        search.addListener((o, was, now) -> refilter());
        scenario.addListener((o, was, now) -> summary.set(now == null ? null : PortfolioRows.summary(now, formats)));
    }

    /** The accounts to pick from, with the revenue and share of {@code analysis} (null: none known). */
    void choices(List<Account> list, PortfolioAnalysis analysis) {
        figures.clear();
        if (analysis != null) {
            ParetoCurve curve = analysis.curve();
            for (int r = 0; r < curve.size(); r++) {
                figures.put(curve.account(r).externalId(), formats.money(curve.revenue(r),
                        analysis.reportingCurrency()) + "  \u00b7  " + formats.percent(curve.share(r)));
            }
        }
        choices.setAll(list);
    }

    /** Drops the picks the reloaded workspace no longer holds. */
    void keepOnly(PortfolioData loaded) {
        picks.removeIf(a -> loaded.indexOf(a.externalId()) < 0);
    }

    List<String> pickedIds() {
        return picks.stream().map(Account::externalId).toList();
    }

    void result(ScenarioResult result) {
        scenario.set(result);
    }

    /** "Name · ID · 1,234,567 EUR · 3.4%": what the picker shows of an account (no figures without revenue). */
    public String label(Account a) {
        String base = a.name() + "  \u00b7  " + a.externalId();
        String f = figures.get(a.externalId());
        return f == null ? base : base + "  \u00b7  " + f;
    }

    /** Adds an account to the accounts to lose (once). */
    public void addPick(Account account) {
        if (account != null && picks.stream().noneMatch(p -> p.externalId().equals(account.externalId()))) {
            picks.add(account);
        }
    }

    public void removePick(Account account) {
        picks.remove(account);
    }

    public void reset() {
        picks.clear();
    }

    private void refilter() {
        String q = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        searchResults.setPredicate(q.isEmpty() ? null : a -> contains(a.name(), q) || contains(a.externalId(), q));
    }

    private static boolean contains(String text, String lowerQuery) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerQuery);
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Every account of the period (ranked first), filtered by {@link #searchProperty()}. */
    public ObservableList<Account> searchResults() {
        return searchResults;
    }

    public ObservableList<Account> picks() {
        return picks;
    }

    public ReadOnlyObjectProperty<ScenarioResult> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PortfolioRows.ScenarioSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
