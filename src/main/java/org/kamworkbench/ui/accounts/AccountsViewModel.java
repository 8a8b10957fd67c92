package org.kamworkbench.ui.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
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
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.service.accounts.AccountRow;
import org.kamworkbench.service.accounts.AccountService;
import org.kamworkbench.service.accounts.AccountTable;
import org.kamworkbench.service.portfolio.AccountFigures;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * Every account with its yearly revenue, searched by name or id and filtered by country, region
 * and owner. Rows are computed once per load; filtering and sorting work on them in memory. For a
 * chosen year (by default the latest complete one, as on the portfolio screen) each row carries its
 * ABC class, share, cumulative share and growth, computed by the portfolio analysis itself.
 */
public final class AccountsViewModel {

    /**
     * What one load brings: the table, the yearly FX rates (to explain a missing conversion) and the
     * portfolio data the figures of a year are computed from (null: no figures).
     */
    record Loaded(AccountTable table, List<AccountsRow> rows, Set<String> yearlyRates, PortfolioData portfolio) {
        Loaded withPortfolio(PortfolioData data) {
            return new Loaded(table, rows, yearlyRates, data);
        }
    }

    /** The first choice of each filter list: no filter. */
    public static final String ALL = "";

    private final AccountService accounts;
    private final SettingsService settings;
    private final PortfolioService portfolio;
    private final Background background;
    private final Texts texts;

    private final ObservableList<AccountsRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AccountsRow> filtered = new FilteredList<>(rows);
    private final SortedList<AccountsRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>();
    private final ObservableList<String> countries = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Integer>> years = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper reportingCurrency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<Integer> figureYears = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> figureYear = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper figuresProblem = new ReadOnlyStringWrapper("");
    private Set<String> yearlyRates = Set.of();
    /** The rows as loaded, without figures; every year's figures are laid onto these. */
    private List<AccountsRow> plainRows = List.of();
    private PortfolioData portfolioData;
    /** Counts the figure computations, so that a late one never overwrites a newer one. */
    private long figuresGeneration;
    private boolean showing;

    public AccountsViewModel(AccountService accounts, SettingsService settings, PortfolioService portfolio,
                             Background background, Texts texts) {
        this.accounts = accounts;
        this.settings = settings;
        this.portfolio = portfolio;
        this.background = background;
        this.texts = texts;
        search.addListener((o, was, now) -> refilter());
        country.addListener((o, was, now) -> refilter());
        region.addListener((o, was, now) -> refilter());
        owner.addListener((o, was, now) -> refilter());
        filtered.addListener((javafx.collections.ListChangeListener<AccountsRow>) c -> updateCount());
        figureYear.addListener((o, was, now) -> {
            if (!showing) {
                computeFigures();
            }
        });
        updateCount();
    }

    /** Loads every account with its revenue, in the background. */
    public void refresh() {
        loading.set(true);
        background.run(texts.get("progress.accounts"), monitor -> load(accounts.table(), settings.fxRates())
                        .withPortfolio(portfolio.load()),
                loaded -> {
                    loading.set(false);
                    error.set("");
                    show(loaded);
                }, failure -> {
                    loading.set(false);
                    error.set(Problems.sentence(failure, texts));
                });
    }

    /** The slow part of a load, off the UI thread: one row object per account. */
    static Loaded load(AccountTable table, List<FxRate> fxRates) {
        List<AccountsRow> list = new ArrayList<>(table.rows().size());
        for (AccountRow row : table.rows()) {
            list.add(new AccountsRow(row, table.years()));
        }
        Set<String> yearly = new HashSet<>();
        for (FxRate r : fxRates) {
            if (r.isYearly()) {
                yearly.add(r.currency() + ':' + r.year());
            }
        }
        return new Loaded(table, list, yearly, null);
    }

    void show(Loaded loaded) {
        yearlyRates = loaded.yearlyRates();
        reportingCurrency.set(loaded.table().reportingCurrency());
        years.set(loaded.table().years());
        countries.setAll(distinct(loaded.rows(), AccountsRow::country));
        regions.setAll(distinct(loaded.rows(), AccountsRow::region));
        owners.setAll(distinct(loaded.rows(), AccountsRow::owner));
        plainRows = loaded.rows();
        portfolioData = loaded.portfolio();
        rows.setAll(plainRows);
        showYears(loaded.table().years());
        updateCount();
        computeFigures();
    }

    /** The years to pick, newest first; keeps the chosen one when it is still there, else the latest complete. */
    private void showYears(List<Integer> tableYears) {
        showing = true;
        try {
            Integer keep = figureYear.get();
            List<Integer> newestFirst = new ArrayList<>(tableYears);
            newestFirst.sort(Comparator.reverseOrder());
            figureYears.setAll(newestFirst);
            Integer preferred = portfolioData == null ? null : portfolioData.latestCompleteYear();
            figureYear.set(keep != null && newestFirst.contains(keep) ? keep
                    : preferred != null && newestFirst.contains(preferred) ? preferred
                    : newestFirst.isEmpty() ? null : newestFirst.get(0));
        } finally {
            showing = false;
        }
    }

    /** Computes the chosen year's figures off the UI thread and lays them onto the rows. */
    private void computeFigures() {
        long generation = ++figuresGeneration;
        Integer year = figureYear.get();
        PortfolioData data = portfolioData;
        figuresProblem.set("");
        if (year == null || data == null || !data.hasRevenue()) {
            rows.setAll(plainRows);
            return;
        }
        List<AccountsRow> base = plainRows;
        background.run(texts.get("progress.accounts"), monitor -> withFigures(base, figures(portfolio, data, year)),
                withFigures -> {
                    if (generation == figuresGeneration) {
                        rows.setAll(withFigures);
                        figuresProblem.set(realGrowthMissing(withFigures) ? texts.get("portfolio.growth.noInflation") : "");
                    }
                }, failure -> {
                    if (generation == figuresGeneration) {
                        rows.setAll(base);
                        figuresProblem.set(Problems.sentence(failure, texts));
                    }
                });
    }

    /** Every account's figures in a calendar year, from the portfolio analysis (ABC 80/15/5, as the portfolio screen). */
    static Map<String, AccountFigures> figures(PortfolioService portfolio, PortfolioData data, int year) {
        return AccountFigures.byExternalId(portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(year))));
    }

    /** True when some accounts have a nominal growth but none a real one: the inflation table is empty for them. */
    static boolean realGrowthMissing(List<AccountsRow> rows) {
        boolean nominal = false;
        for (AccountsRow r : rows) {
            if (r.realGrowth() != null) {
                return false;
            }
            nominal |= r.nominalGrowth() != null;
        }
        return nominal;
    }

    static List<AccountsRow> withFigures(List<AccountsRow> base, Map<String, AccountFigures> figures) {
        List<AccountsRow> list = new ArrayList<>(base.size());
        for (AccountsRow row : base) {
            list.add(row.withFigures(figures.get(row.externalId())));
        }
        return list;
    }

    private static List<String> distinct(List<AccountsRow> list, Function<AccountsRow, String> field) {
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        values.add(ALL);
        for (AccountsRow r : list) {
            String v = field.apply(r);
            if (v != null && !v.isBlank()) {
                values.add(v);
            }
        }
        return new ArrayList<>(values);
    }

    private void refilter() {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        String c = orNull(country.get());
        String r = orNull(region.get());
        String o = orNull(owner.get());
        Predicate<AccountsRow> p = row -> (query.isEmpty() || row.matches(query))
                && (c == null || c.equals(row.country()))
                && (r == null || r.equals(row.region()))
                && (o == null || o.equals(row.owner()));
        filtered.setPredicate(query.isEmpty() && c == null && r == null && o == null ? null : p);
    }

    private static String orNull(String filter) {
        return filter == null || filter.isEmpty() ? null : filter;
    }

    private void updateCount() {
        countText.set(texts.format("accounts.count", filtered.size(), rows.size()));
    }

    /** Clears the search and the three filters. */
    public void clearFilters() {
        search.set("");
        country.set(ALL);
        region.set(ALL);
        owner.set(ALL);
    }

    /** Why the {@code yearIndex}-th year of {@code row} shows no revenue: the missing rate, as a sentence. */
    public String missingRateText(AccountsRow row, int yearIndex) {
        int year = years.get().get(yearIndex);
        String currency = row.currency();
        String reporting = reportingCurrency.get();
        if (currency != null && !currency.equals(reporting) && !yearlyRates.contains(currency + ':' + year)) {
            return texts.format("accounts.missingRate", currency, reporting, String.valueOf(year));
        }
        return texts.format("accounts.missingRateOther", reporting, String.valueOf(year));
    }

    /** The rows as shown: filtered, then sorted by the table's comparator (bind it in the view). */
    public SortedList<AccountsRow> rows() {
        return sorted;
    }

    public int totalCount() {
        return rows.size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    public ObservableList<String> countries() {
        return countries;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObservableList<String> owners() {
        return owners;
    }

    public ReadOnlyObjectProperty<List<Integer>> yearsProperty() {
        return years.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportingCurrencyProperty() {
        return reportingCurrency.getReadOnlyProperty();
    }

    /** The years whose figures can be shown, newest first. */
    public ObservableList<Integer> figureYears() {
        return figureYears;
    }

    /** The year of the ABC class, share and growth columns (and of the export). */
    public ObjectProperty<Integer> figureYearProperty() {
        return figureYear;
    }

    /** Why the chosen year has no figures (a missing FX rate...), as a sentence; empty when it has. */
    public ReadOnlyStringProperty figuresProblemProperty() {
        return figuresProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
