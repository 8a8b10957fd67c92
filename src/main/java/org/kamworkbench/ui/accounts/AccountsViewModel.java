package org.kamworkbench.ui.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.kamworkbench.service.settings.SettingsService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * Every account with its yearly revenue, searched by name or id and filtered by country, region
 * and owner. Rows are computed once per load; filtering and sorting work on them in memory.
 */
public final class AccountsViewModel {

    /** What one load brings: the table and the yearly FX rates (to explain a missing conversion). */
    record Loaded(AccountTable table, List<AccountsRow> rows, Set<String> yearlyRates) {
    }

    /** The first choice of each filter list: no filter. */
    public static final String ALL = "";

    private final AccountService accounts;
    private final SettingsService settings;
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
    private Set<String> yearlyRates = Set.of();

    public AccountsViewModel(AccountService accounts, SettingsService settings, Background background, Texts texts) {
        this.accounts = accounts;
        this.settings = settings;
        this.background = background;
        this.texts = texts;
        search.addListener((o, was, now) -> refilter());
        country.addListener((o, was, now) -> refilter());
        region.addListener((o, was, now) -> refilter());
        owner.addListener((o, was, now) -> refilter());
        filtered.addListener((javafx.collections.ListChangeListener<AccountsRow>) c -> updateCount());
        updateCount();
    }

    /** Loads every account with its revenue, in the background. */
    public void refresh() {
        loading.set(true);
        background.run(texts.get("progress.accounts"), monitor -> load(accounts.table(), settings.fxRates()),
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
        return new Loaded(table, list, yearly);
    }

    void show(Loaded loaded) {
        yearlyRates = loaded.yearlyRates();
        reportingCurrency.set(loaded.table().reportingCurrency());
        years.set(loaded.table().years());
        countries.setAll(distinct(loaded.rows(), AccountsRow::country));
        regions.setAll(distinct(loaded.rows(), AccountsRow::region));
        owners.setAll(distinct(loaded.rows(), AccountsRow::owner));
        rows.setAll(loaded.rows());
        updateCount();
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
