package org.kamworkbench.ui.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.fx.MissingRate;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * The portfolio screen's state: the workspace is read once ({@link #refresh}), then every change
 * of period, ABC thresholds, dimension or scenario picks recomputes from that data in the
 * background. While one computation runs, further changes are coalesced into one more run.
 */
public final class PortfolioViewModel {
    /** What one background computation brings back. */
    record Computed(PortfolioAnalysis analysis, ScenarioResult scenario, List<Account> choices) {
    }

    private final PortfolioService service;
    private final Background background;
    private final Texts texts;
    private final PortfolioFormats formats;
    private final AccountLists lists;

    private final ObservableList<PeriodOption> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodOption> period = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    private final ObservableList<AbcOption> abcOptions = FXCollections.observableArrayList();
    private final ObjectProperty<AbcOption> abc = new SimpleObjectProperty<>();
    private final StringProperty customAbc = new SimpleStringProperty("60,30,10");
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.REGION);

    private final ReadOnlyObjectWrapper<PortfolioAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PortfolioRows.Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.AbcRow> abcRows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.GroupRow> groupRows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.CurrencyRow> currencyRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Every currency and year without an FX rate the period needs, in one sentence; empty when none. */
    private final ReadOnlyStringWrapper missingRates = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PortfolioRows.AccountDetail> selected = new ReadOnlyObjectWrapper<>();


    private final ScenarioPicks scenario;
    private PortfolioData data;
    private final javafx.beans.property.BooleanProperty groupRollUp =
            new javafx.beans.property.SimpleBooleanProperty(this, "groupRollUp", false);
    private boolean computing;
    private boolean pending;
    private boolean updating;

    public PortfolioViewModel(PortfolioService service, Background background, Texts texts) {
        this.service = service;
        this.background = background;
        this.texts = texts;
        this.formats = new PortfolioFormats(texts);
        this.lists = new AccountLists(texts);
        this.scenario = new ScenarioPicks(formats, this::recompute);
        for (AbcThresholds preset : AbcThresholds.PRESETS) {
            abcOptions.add(new AbcOption(preset));
        }
        abcOptions.add(AbcOption.CUSTOM);
        abc.set(abcOptions.get(0));
        period.addListener((o, was, now) -> recompute());
        rangeFrom.addListener((o, was, now) -> recomputeRange());
        rangeTo.addListener((o, was, now) -> recomputeRange());
        abc.addListener((o, was, now) -> recompute());
        customAbc.addListener((o, was, now) -> {
            if (abc.get() != null && abc.get().isCustom()) {
                recompute();
            }
        });
        dimension.addListener((o, was, now) -> recompute());
        groupRollUp.addListener((o, was, now) -> refresh());
    }

    /** Whether accounts are rolled up to their groups (parent accounts): changing it reloads. */
    public javafx.beans.property.BooleanProperty groupRollUpProperty() {
        return groupRollUp;
    }

    /** Reads the workspace (again: an import or a setting changed it), then recomputes. */
    public void refresh() {
        busy.set(true);
        boolean byGroup = groupRollUp.get();
        background.run(texts.get("progress.portfolio"), monitor -> byGroup ? service.loadByGroup() : service.load(),
                loaded -> {
            busy.set(false);
            data = loaded;
            updating = true;
            fillPeriods(loaded);
            scenario.keepOnly(loaded);
            updating = false;
            analysis.set(null);
            recompute();
        }, failure -> {
            busy.set(false);
            showError(failure);
        });
    }

    private void fillPeriods(PortfolioData loaded) {
        List<PeriodOption> list = new ArrayList<>();
        PeriodOption preferred = PeriodOption.WHOLE_HISTORY;
        if (loaded.hasRevenue()) {
            YearMonth first = loaded.firstMonthWithRevenue();
            YearMonth last = loaded.lastMonthWithRevenue();
            for (int y = last.getYear(); y >= first.getYear(); y--) {
                list.add(PeriodOption.year(y));
            }
            preferred = PeriodOption.year(loaded.latestCompleteYear());
            if (rangeFrom.get() == null) {
                rangeFrom.set(LocalDate.of(last.getYear(), 1, 1));
                rangeTo.set(last.atEndOfMonth());
            }
        }
        list.add(PeriodOption.LAST_12_MONTHS);
        list.add(PeriodOption.WHOLE_HISTORY);
        list.add(PeriodOption.RANGE);
        PeriodOption keep = period.get();
        periods.setAll(list);
        period.set(keep != null && list.contains(keep) ? keep : preferred);
    }

    private void recomputeRange() {
        if (period.get() != null && period.get().kind() == PeriodOption.Kind.RANGE) {
            recompute();
        }
    }

    /** Recomputes from the loaded data with the current choices (after the running computation, if any). */
    public void recompute() {
        if (data == null || updating || period.get() == null) {
            return;
        }
        if (computing) {
            pending = true;
            return;
        }
        AnalysisRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException | PortfolioInputException e) {
            showError(e);
            return;
        }
        List<String> ids = scenario.pickedIds();
        PortfolioData d = data;
        PortfolioAnalysis at = analysis.get();
        computing = true;
        busy.set(true);
        background.run(texts.get("progress.portfolio"), monitor -> compute(service, d, request, ids, at),
                this::computed, failure -> {
                    finished();
                    if (failure instanceof MissingRateException missing) {
                        showMissingRates(missing, d);
                    } else {
                        showError(failure);
                    }
                });
    }

    private AnalysisRequest request() {
        PeriodOption p = period.get();
        if (p.kind() == PeriodOption.Kind.RANGE && (rangeFrom.get() == null || rangeTo.get() == null)) {
            throw new IllegalArgumentException(texts.get("portfolio.error.range"));
        }
        AbcThresholds thresholds = abc.get() == null || abc.get().isCustom() ? AbcThresholds.parse(customAbc.get())
                : abc.get().preset();
        return new AnalysisRequest(p.spec(rangeFrom.get(), rangeTo.get()), dimension.get(), thresholds);
    }

    /** The work of a recomputation, off the UI thread: the analysis (reused when only picks changed) and the scenario. */
    static Computed compute(PortfolioService service, PortfolioData data, AnalysisRequest request, List<String> ids,
                            PortfolioAnalysis at) {
        boolean reuse = at != null && at.data() == data && at.request().equals(request);
        PortfolioAnalysis a = reuse ? at : service.analyze(data, request);
        ScenarioResult s = ids.isEmpty() ? null : service.loseAccounts(a, ids);
        return new Computed(a, s, reuse ? null : choices(a));
    }

    /** Accounts to pick from: ranked ones first (largest first), then those without revenue in the period. */
    private static List<Account> choices(PortfolioAnalysis a) {
        ParetoCurve curve = a.curve();
        List<Account> list = new ArrayList<>(curve.size() + a.excluded().size());
        for (int r = 0; r < curve.size(); r++) {
            list.add(curve.account(r));
        }
        for (int i = 0; i < a.excluded().size(); i++) {
            list.add(a.excluded().account(i));
        }
        return list;
    }

    private void finished() {
        computing = false;
        busy.set(false);
        if (pending) {
            pending = false;
            recompute();
        }
    }

    private void computed(Computed c) {
        error.set("");
        missingRates.set("");
        if (c.analysis() != analysis.get()) {
            show(c.analysis());
            scenario.choices(c.choices(), c.analysis());
        }
        scenario.result(c.scenario());
        finished();
    }

    private void show(PortfolioAnalysis a) {
        analysis.set(a);
        tiles.setAll(PortfolioRows.tiles(a, formats));
        abcRows.setAll(PortfolioRows.abc(a.metrics()));
        groupRows.setAll(PortfolioRows.groups(a));
        currencyRows.setAll(PortfolioRows.currencies(a));
        periodText.set(texts.format("portfolio.periodText", texts.month(a.period().firstMonth()),
                texts.month(a.period().lastMonth()), texts.month(a.previousPeriod().firstMonth()),
                texts.month(a.previousPeriod().lastMonth())));
        notes.set(String.join("\n", a.notes(texts.locale())));
        selected.set(null);
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
        error.set(sentence(failure));
        analysis.set(null);
        tiles.clear();
        abcRows.clear();
        groupRows.clear();
        currencyRows.clear();
        scenario.result(null);
        selected.set(null);
        periodText.set("");
        notes.set("");
    }

    private String sentence(Throwable failure) {
        return Problems.sentence(failure, texts);
    }

    /** Shows the account at this rank of the Pareto curve in the details panel. */
    public void selectRank(int rank) {
        PortfolioAnalysis a = analysis.get();
        if (a != null && rank >= 0 && rank < a.curve().size()) {
            selected.set(PortfolioRows.detail(a, rank));
        }
    }

    /** Adds the account shown in the details panel. */
    public void addSelected() {
        if (selected.get() != null) {
            scenario.addPick(selected.get().account());
        }
    }

    /** The accounts of an ABC class of the shown analysis, or null when none is shown. */
    public AccountLists.AccountList accountsOfClass(String abcClass) {
        return analysis.get() == null ? null : lists.abcClass(analysis.get(), abcClass);
    }

    /** The accounts of a group of the breakdown, or null when no analysis is shown. */
    public AccountLists.AccountList accountsOfGroup(String key) {
        return analysis.get() == null ? null : lists.group(analysis.get(), key);
    }

    /** The accounts behind a tile (top 20 %, Pareto point, accounts), or null. */
    public AccountLists.AccountList accountsOfTile(String tileId) {
        return analysis.get() == null ? null : lists.tile(analysis.get(), tileId);
    }

    public PortfolioFormats formats() {
        return formats;
    }

    public ObservableList<PeriodOption> periods() {
        return periods;
    }

    public ObjectProperty<PeriodOption> periodProperty() {
        return period;
    }

    public ObjectProperty<LocalDate> rangeFromProperty() {
        return rangeFrom;
    }

    public ObjectProperty<LocalDate> rangeToProperty() {
        return rangeTo;
    }

    public ObservableList<AbcOption> abcOptions() {
        return abcOptions;
    }

    public ObjectProperty<AbcOption> abcProperty() {
        return abc;
    }

    public StringProperty customAbcProperty() {
        return customAbc;
    }

    public ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }

    public ReadOnlyObjectProperty<PortfolioAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ObservableList<PortfolioRows.Tile> tiles() {
        return tiles;
    }

    public ObservableList<PortfolioRows.AbcRow> abcRows() {
        return abcRows;
    }

    public ObservableList<PortfolioRows.GroupRow> groupRows() {
        return groupRows;
    }

    public ObservableList<PortfolioRows.CurrencyRow> currencyRows() {
        return currencyRows;
    }

    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<PortfolioRows.AccountDetail> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The "lose these accounts" scenario: picks, search and result. */
    public ScenarioPicks scenario() {
        return scenario;
    }
}
