package org.kamworkbench.ui.accounts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;

/** The accounts table's controller: columns, filters and the count, bound to {@link AccountsViewModel}. */
public final class AccountsView implements Screen {
    private static final String MISSING = "—";
    private static final String BASE_WIDTH = "kam.baseWidth";
    private static final String SORT_KEY = "kam.sortKey";
    private static final double BASE_FONT_SIZE = 14;
    private static final double ROW_HEIGHT_PER_FONT_SIZE = 2.6;
    private static final Comparator<String> TEXT_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    private static final Comparator<BigDecimal> NUMBER_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Double> FRACTION_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private final AccountsViewModel model;
    private final Texts texts;
    private final VBox loadedRoot;
    /** Used by the table's cells only, on the UI thread. */
    private final java.text.NumberFormat amountFormat;

    @FXML private Label countLabel;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<String> countryBox;
    @FXML private ComboBox<String> regionBox;
    @FXML private ComboBox<String> ownerBox;
    @FXML private Button clearButton;
    @FXML private Label yearLabel;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label figuresProblemLabel;
    @FXML private TableView<AccountsRow> table;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label errorLabel;

    private final ShellActions shell;

    private AccountsView(AccountsViewModel model, Texts texts, ShellActions shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.amountFormat = texts.amountFormat();
        this.loadedRoot = Fxml.load(this, "AccountsView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        AccountsViewModel model = new AccountsViewModel(context.services().accounts(), context.services().settings(),
                context.services().portfolio(), context.background(), context.texts());
        AccountsView view = new AccountsView(model, context.texts(), context.shell());
        org.kamworkbench.ui.common.ExportBar.accounts(context, () -> model.figureYearProperty().get()).above(view.table);
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(model.countTextProperty());
        searchField.setLeft(Icons.SEARCH.graphic());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        filter(countryBox, model.countries(), model.countryProperty(), "accounts.allCountries", this::countryName);
        filter(regionBox, model.regions(), model.regionProperty(), "accounts.allRegions", Function.identity());
        filter(ownerBox, model.owners(), model.ownerProperty(), "accounts.allOwners", Function.identity());
        clearButton.setGraphic(Icons.RESET.graphic());
        yearBox.setItems(model.figureYears());
        yearBox.valueProperty().bindBidirectional(model.figureYearProperty());
        yearBox.setTooltip(new Tooltip(texts.get("accounts.figuresYear.help")));
        yearLabel.setLabelFor(yearBox);
        figuresProblemLabel.textProperty().bind(model.figuresProblemProperty());
        figuresProblemLabel.managedProperty().bind(model.figuresProblemProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        table.setItems(model.rows());
        table.setSortPolicy(this::sort);
        table.setPlaceholder(new Label(texts.get("accounts.empty")));
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(t -> {
            TableRow<AccountsRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    shell.openAccount(row.getItem().account().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AccountsRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                shell.openAccount(selected.account().id());
            }
        });
        buildColumns(model.yearsProperty().get());
        model.yearsProperty().addListener((o, was, years) -> buildColumns(years));
        model.reportingCurrencyProperty().addListener((o, was, now) -> buildColumns(model.yearsProperty().get()));
        model.figureYearProperty().addListener((o, was, now) -> buildColumns(model.yearsProperty().get()));
        // Presentation mode enlarges the font: columns grow with it so that nothing gets cut off.
        searchField.fontProperty().addListener((o, was, now) -> {
            scaleColumns(table.getColumns());
            fixRowHeight();
        });
        fixRowHeight();
    }

    private void filter(ComboBox<String> box, ObservableList<String> items,
                        ObjectProperty<String> value, String allKey,
                        Function<String, String> display) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(list -> new FilterCell(allKey, display));
        box.setButtonCell(new FilterCell(allKey, display));
        box.setPromptText(texts.get(allKey));
    }

    private final class FilterCell extends ListCell<String> {
        private final String allKey;
        private final Function<String, String> display;

        FilterCell(String allKey, Function<String, String> display) {
            this.allKey = allKey;
            this.display = display;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null || item.isEmpty() ? texts.get(allKey) : display.apply(item));
        }
    }

    private String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(texts.locale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private void buildColumns(List<Integer> years) {
        List<TableColumn<AccountsRow, ?>> columns = new java.util.ArrayList<>(List.of(
                text("accounts.col.externalId", AccountsRow::externalId, 120),
                text("accounts.col.name", AccountsRow::name, 300)));
        if (!years.isEmpty()) {
            // Our revenue comes right after the name: it is what a key account manager looks for first.
            TableColumn<AccountsRow, BigDecimal> revenue = new TableColumn<>(
                    texts.format("accounts.col.revenue", model.reportingCurrencyProperty().get()));
            for (int i = 0; i < years.size(); i++) {
                revenue.getColumns().add(yearColumn(years.get(i), i));
            }
            columns.add(revenue);
            columns.add(figuresColumn());
        }
        columns.addAll(List.of(
                text("accounts.col.owner", AccountsRow::owner, 150),
                text("accounts.col.country", AccountsRow::country, 100),
                text("accounts.col.region", AccountsRow::region, 100),
                text("accounts.col.division", AccountsRow::division, 170),
                text("accounts.col.industry", AccountsRow::industry, 160),
                text("accounts.col.type", AccountsRow::type, 110),
                text("accounts.col.currency", AccountsRow::currency, 100),
                annualRevenueColumn(),
                number("accounts.col.employees", r -> r.employees() == null ? null
                        : BigDecimal.valueOf(r.employees()), 120)));
        table.getColumns().setAll(columns);
        scaleColumns(table.getColumns());
    }

    /** ABC class, share, cumulative share, nominal and real growth in the chosen year, under one header. */
    private TableColumn<AccountsRow, ?> figuresColumn() {
        Integer year = model.figureYearProperty().get();
        TableColumn<AccountsRow, String> group = new TableColumn<>(
                texts.format("accounts.col.figures", year == null ? "" : String.valueOf(year)));
        TableColumn<AccountsRow, String> abc = text("accounts.col.abc", AccountsRow::abcClass, 70);
        abc.setComparator(TEXT_ORDER);
        group.getColumns().addAll(List.of(abc,
                fraction("accounts.col.share", AccountsRow::share, false, 2, 100),
                fraction("accounts.col.cumulativeShare", AccountsRow::cumulativeShare, false, 1, 130),
                fraction("accounts.col.nominalGrowth", AccountsRow::nominalGrowth, true, 1, 130),
                fraction("accounts.col.realGrowth", AccountsRow::realGrowth, true, 1, 120)));
        return group;
    }

    /** The client's own annual revenue with the currency it is in ("12,000,000 USD"); sorts by the amount. */
    private TableColumn<AccountsRow, BigDecimal> annualRevenueColumn() {
        TableColumn<AccountsRow, BigDecimal> column = number("accounts.col.annualRevenue", AccountsRow::annualRevenue, 190);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                AccountsRow row = empty ? null : getTableRow().getItem();
                if (value == null || row == null) {
                    setText(null);
                } else {
                    String currency = row.currency();
                    setText(amountFormat.format(value) + (currency == null ? "" : " " + currency));
                }
            }
        });
        return column;
    }

    /** A share or growth shown as a percentage, sorted as a number. */
    private TableColumn<AccountsRow, Double> fraction(String key, Function<AccountsRow, Double> value, boolean signed,
                                                      int decimals, double width) {
        TableColumn<AccountsRow, Double> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, FRACTION_ORDER));
        column.setComparator(FRACTION_ORDER);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double fraction, boolean empty) {
                super.updateItem(fraction, empty);
                setText(empty || fraction == null ? null
                        : signed ? texts.signedPercent(fraction) : texts.percent(fraction, decimals));
            }
        });
        column.getStyleClass().add("numeric");
        return withWidth(column, width);
    }

    /**
     * Sorts the rows with comparators that read the rows directly: the table's own comparator goes
     * through every column's cell value factory, which makes sorting 100 000 rows ten times slower.
     */
    private boolean sort(TableView<AccountsRow> sorted) {
        Comparator<AccountsRow> order = null;
        for (TableColumn<AccountsRow, ?> column : sorted.getSortOrder()) {
            @SuppressWarnings("unchecked")
            Comparator<AccountsRow> key = (Comparator<AccountsRow>) column.getProperties().get(SORT_KEY);
            if (key == null) {
                continue;
            }
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                key = key.reversed();
            }
            order = order == null ? key : order.thenComparing(key);
        }
        model.rows().setComparator(order);
        return true;
    }

    /** A fixed row height spares the table measuring rows: what keeps 100 000 rows scrolling smoothly. */
    private void fixRowHeight() {
        table.setFixedCellSize(Math.round(searchField.getFont().getSize() * ROW_HEIGHT_PER_FONT_SIZE));
    }

    private void scaleColumns(List<? extends TableColumn<AccountsRow, ?>> columns) {
        double scale = Math.max(1, searchField.getFont().getSize() / BASE_FONT_SIZE);
        for (TableColumn<AccountsRow, ?> column : columns) {
            Object base = column.getProperties().get(BASE_WIDTH);
            if (base instanceof Double width) {
                column.setPrefWidth(width * scale);
            }
            scaleColumns(column.getColumns());
        }
    }

    private static <T extends TableColumn<AccountsRow, ?>> T withWidth(T column, double width) {
        column.getProperties().put(BASE_WIDTH, width);
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<AccountsRow, String> text(String key, Function<AccountsRow, String> value, double width) {
        TableColumn<AccountsRow, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, TEXT_ORDER));
        return withWidth(column, width);
    }

    private TableColumn<AccountsRow, BigDecimal> number(String key, Function<AccountsRow, BigDecimal> value,
                                                        double width) {
        TableColumn<AccountsRow, BigDecimal> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.getProperties().put(SORT_KEY, Comparator.comparing(value, NUMBER_ORDER));
        column.setCellFactory(c -> new AmountCell(-1));
        column.getStyleClass().add("numeric");
        return withWidth(column, width);
    }

    private TableColumn<AccountsRow, BigDecimal> yearColumn(int year, int index) {
        TableColumn<AccountsRow, BigDecimal> column = new TableColumn<>(String.valueOf(year));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().revenue(index)));
        column.getProperties().put(SORT_KEY, Comparator.comparing((AccountsRow r) -> r.revenue(index), NUMBER_ORDER));
        column.setCellFactory(c -> new AmountCell(index));
        column.getStyleClass().add("numeric");
        return withWidth(column, 140.0);
    }

    /** A right-aligned amount; for a year whose revenue lacks an FX rate, a dash that says which rate. */
    private final class AmountCell extends TableCell<AccountsRow, BigDecimal> {
        private final int yearIndex;

        AmountCell(int yearIndex) {
            this.yearIndex = yearIndex;
            getStyleClass().add("amount-cell");
        }

        @Override
        protected void updateItem(BigDecimal value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("missing-rate");
            setTooltip(null);
            AccountsRow row = empty ? null : getTableRow().getItem();
            if (empty || row == null) {
                setText(null);
            } else if (yearIndex >= 0 && row.unconverted(yearIndex)) {
                setText(MISSING);
                getStyleClass().add("missing-rate");
                setTooltip(new Tooltip(model.missingRateText(row, yearIndex)));
            } else {
                setText(value == null ? null : amountFormat.format(value));
            }
        }
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
