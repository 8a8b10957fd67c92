package org.kamworkbench.ui.portfolio;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.fx.MissingRate;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The portfolio screen's state: the workspace is read once ({@link #refresh}), then every change
 * of period, ABC thresholds, dimension or scenario picks recomputes from that data in the
 * background. While one computation runs, further changes are coalesced into one more run.
 */
public final class PortfolioViewModel {
    private final PortfolioService service;
    private final Background background;
    private final Texts texts;
    private final PortfolioFormats formats;
    private final AccountLists lists;
    private final PortfolioChoices choices;
    private final PortfolioFigures figures;
    private final ScenarioPicks scenario;

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Every currency and year without an FX rate the period needs, in one sentence; empty when none. */
    private final ReadOnlyStringWrapper missingRates = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private PortfolioData data;
    private boolean computing;
    private boolean pending;
    private boolean updating;

    public PortfolioViewModel(PortfolioService service, Background background, Texts texts) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.formats = new PortfolioFormats(texts);
        this.lists = new AccountLists(texts);
        this.figures = new PortfolioFigures(texts, formats);
        this.scenario = new ScenarioPicks(formats, this::recompute);
        this.choices = new PortfolioChoices(texts, this::recompute, this::refresh);
    }

    /** Reads the workspace (again: an import or a setting changed it), then recomputes. */
    public void refresh() {
        busy.set(true);
        boolean byGroup = choices.groupRollUpProperty().get();
        background.run(texts.get("progress.portfolio"), monitor -> byGroup ? service.loadByGroup() : service.load(),
                loaded -> {
            busy.set(false);
            data = loaded;
            updating = true;
            choices.fillPeriods(loaded);
            scenario.keepOnly(loaded);
            updating = false;
            figures.forgetAnalysis();
            recompute();
        }, failure -> {
            busy.set(false);
            showError(failure);
        });
    }

    /** Recomputes from the loaded data with the current choices (after the running computation, if any). */
    public void recompute() {
        if (data == null || updating || !choices.hasPeriod()) {
            return;
        }
        if (computing) {
            pending = true;
            return;
        }
        AnalysisRequest request;
        try {
            request = choices.request();
        } catch (IllegalArgumentException | PortfolioInputException e) {
            showError(e);
            return;
        }
        List<String> ids = scenario.pickedIds();
        PortfolioData d = data;
        PortfolioAnalysis at = figures.analysisProperty().get();
        computing = true;
        busy.set(true);
        background.run(texts.get("progress.portfolio"),
                monitor -> PortfolioComputation.compute(service, d, request, ids, at), this::computed, failure -> {
                    finished();
                    if (failure instanceof MissingRateException missing) {
                        showMissingRates(missing, d);
                    } else {
                        showError(failure);
                    }
                });
    }

    private void finished() {
        computing = false;
        busy.set(false);
        if (pending) {
            pending = false;
            recompute();
        }
    }

    private void computed(PortfolioComputation.Computed c) {
        error.set("");
        missingRates.set("");
        if (c.analysis() != figures.analysisProperty().get()) {
            figures.show(c.analysis());
            scenario.choices(c.choices(), c.analysis());
        }
        scenario.result(c.scenario());
        finished();
    }

    /**
     * Without a rate no total can be honest (a rate of 1 is never assumed), so no figure is shown; the
     * banner names every missing currency and year, and the accounts stay listed to search and open.
     */
    private void showMissingRates(MissingRateException missing, PortfolioData d) {
        showError(missing);
        error.set("");
        missingRates.set(texts.format("portfolio.missingRates", String.join(", ",
                missing.all().stream().map(MissingRate::toString).toList())));
        scenario.choices(d.accounts(), null);
    }

    private void showError(Throwable failure) {
        missingRates.set("");
        error.set(Problems.sentence(failure, texts));
        figures.clear();
        scenario.result(null);
    }

    /** Adds the account shown in the details panel. */
    public void addSelected() {
        PortfolioRows.AccountDetail selected = figures.selectedProperty().get();
        if (selected != null) {
            scenario.addPick(selected.account());
        }
    }

    /** The accounts of an ABC class of the shown analysis, or null when none is shown. */
    public AccountLists.AccountList accountsOfClass(String abcClass) {
        PortfolioAnalysis a = figures.analysisProperty().get();
        return a == null ? null : lists.abcClass(a, abcClass);
    }

    /** The accounts of a group of the breakdown, or null when no analysis is shown. */
    public AccountLists.AccountList accountsOfGroup(String key) {
        PortfolioAnalysis a = figures.analysisProperty().get();
        return a == null ? null : lists.group(a, key);
    }

    /** The accounts behind a tile (top 20 %, Pareto point, accounts), or null. */
    public AccountLists.AccountList accountsOfTile(String tileId) {
        PortfolioAnalysis a = figures.analysisProperty().get();
        return a == null ? null : lists.tile(a, tileId);
    }

    public PortfolioFormats formats() {
        return formats;
    }

    /** The period, thresholds, dimension and roll-up the user chose. */
    PortfolioChoices choices() {
        return choices;
    }

    /** What is shown of the current analysis. */
    PortfolioFigures figures() {
        return figures;
    }

    public ReadOnlyStringProperty missingRatesProperty() {
        return missingRates.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The "lose these accounts" scenario: picks, search and result. */
    public ScenarioPicks scenario() {
        return scenario;
    }
}
