package org.kamworkbench.ui.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.TableColumns;

/** The portfolio screen's controller: binds the controls, tiles, charts and tables to {@link PortfolioViewModel}. */
public final class PortfolioView implements Screen {
    private final PortfolioViewModel model;
    private final Texts texts;
    private final PortfolioFormats f;
    private final ScrollPane loadedRoot;
    /** The screen and section ids of the FX rates table (see ShellActions#show). */
    static final String SETTINGS_FX = "settings#fx";
    private org.kamworkbench.ui.common.ShellActions shell;
    private ParetoChart paretoChart;
    private GroupBars groupBars;
    private ChartCard paretoCard;
    private ChartCard breakdownCard;

    @FXML private ScrollPane scroll;
    @FXML private ComboBox<PeriodOption> periodBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<AbcOption> abcBox;
    @FXML private javafx.scene.control.CheckBox groupRollUpBox;
    @FXML private TextField customAbcField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label periodLabel;
    @FXML private Label errorLabel;
    @FXML private javafx.scene.layout.HBox missingRatesBanner;
    @FXML private Label missingRatesLabel;
    @FXML private Label notesLabel;
    @FXML private FlowPane tilePane;
    @FXML private VBox paretoBox;
    @FXML private TableView<PortfolioRows.AbcRow> abcTable;
    @FXML private Label detailLabel;
    @FXML private Button addSelectedButton;
    @FXML private Button openSelectedButton;
    @FXML private ComboBox<Dimension> dimensionBox;
    @FXML private VBox breakdownChartBox;
    @FXML private TableView<PortfolioRows.GroupRow> groupTable;
    @FXML private TableView<PortfolioRows.CurrencyRow> currencyTable;
    @FXML private CustomTextField scenarioSearch;
    @FXML private ListView<Account> choiceList;
    @FXML private ListView<Account> pickList;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Button resetButton;
    @FXML private Label atRiskLabel;
    @FXML private Label scenarioTop20Label;
    @FXML private Label scenarioHhiLabel;
    @FXML private Label crossingLabel;
    @FXML private TableView<GroupImpact> impactTable;

    private final ScreenContext context;

    private PortfolioView(PortfolioViewModel model, ScreenContext context) {
        this.model = model;
        this.texts = context.texts();
        this.context = context;
        this.f = model.formats();
        this.loadedRoot = Fxml.load(this, "PortfolioView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        PortfolioViewModel model = new PortfolioViewModel(context.services().portfolio(), context.background(),
                context.texts());
        PortfolioView view = new PortfolioView(model, context);
        view.shell = context.shell();
        var t = context.texts();
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.abc"), view.abcTable)
                .above(view.abcTable);
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.breakdown"),
                view.groupTable).above(view.groupTable);
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.currencies"),
                view.currencyTable).above(view.currencyTable);
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.lossImpact"),
                view.impactTable).above(view.impactTable);
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        scroll.getStylesheets().add(PortfolioView.class.getResource("portfolio.css").toExternalForm());
        initControls();
        org.kamworkbench.ui.common.DateFields.use(texts, fromPicker, toPicker);
        busyIndicator.visibleProperty().bind(model.busyProperty());
        periodLabel.textProperty().bind(model.periodTextProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        missingRatesLabel.textProperty().bind(model.missingRatesProperty());
        missingRatesBanner.managedProperty().bind(model.missingRatesProperty().isNotEmpty());
        missingRatesBanner.visibleProperty().bind(model.missingRatesProperty().isNotEmpty());
        notesLabel.textProperty().bind(model.notesProperty());
        notesLabel.managedProperty().bind(model.notesProperty().isNotEmpty());
        model.tiles().addListener((ListChangeListener<PortfolioRows.Tile>) c -> showTiles());
        tilePane.widthProperty().addListener((o, was, now) -> sizeTiles());
        paretoChart = new ParetoChart(f);
        paretoChart.setId("paretoChart");
        paretoChart.setOnRankClicked(model::selectRank);
        // a double click on the curve opens the account the first click selected
        paretoChart.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        paretoCard = new ChartCard(texts.get("portfolio.chart.title"), paretoChart, context);
        paretoBox.getChildren().add(paretoCard);
        groupBars = new GroupBars(f);
        groupBars.setId("groupBars");
        breakdownCard = new ChartCard(texts.get("portfolio.breakdown.chart"), groupBars, context);
        breakdownChartBox.getChildren().add(breakdownCard);
        model.analysisProperty().addListener((o, was, now) -> showAnalysis(now));
        model.groupRows().addListener((ListChangeListener<PortfolioRows.GroupRow>) c -> {
            PortfolioAnalysis a = model.analysisProperty().get();
            groupBars.show(model.groupRows(), a == null ? "" : a.reportingCurrency());
        });
        initAbcTable();
        initDetail();
        PortfolioTables.groups(groupTable, texts, f, model);
        currencyTable.setItems(model.currencyRows());
        PortfolioTables.currencies(currencyTable, texts, f, this::money);
        initScenario();
    }

    private void initControls() {
        periodBox.setItems(model.periods());
        periodBox.valueProperty().bindBidirectional(model.periodProperty());
        periodBox.setConverter(converter(this::periodName));
        fromPicker.valueProperty().bindBidirectional(model.rangeFromProperty());
        toPicker.valueProperty().bindBidirectional(model.rangeToProperty());
        var range = model.periodProperty().isEqualTo(PeriodOption.RANGE);
        for (Node n : List.of(fromPicker, toPicker)) {
            n.visibleProperty().bind(range);
            n.managedProperty().bind(range);
        }
        groupRollUpBox.selectedProperty().bindBidirectional(model.groupRollUpProperty());
        abcBox.setItems(model.abcOptions());
        abcBox.valueProperty().bindBidirectional(model.abcProperty());
        abcBox.setConverter(converter(this::abcName));
        customAbcField.textProperty().bindBidirectional(model.customAbcProperty());
        var custom = model.abcProperty().isEqualTo(AbcOption.CUSTOM);
        customAbcField.visibleProperty().bind(custom);
        customAbcField.managedProperty().bind(custom);
        dimensionBox.getItems().setAll(Dimension.values());
        dimensionBox.valueProperty().bindBidirectional(model.dimensionProperty());
        dimensionBox.setConverter(converter(d -> texts.get("portfolio.dimension." + d.key())));
    }

    private String periodName(PeriodOption p) {
        return switch (p.kind()) {
            case YEAR -> String.valueOf(p.year());
            case LAST_12_MONTHS -> texts.get("portfolio.period.last12");
            case WHOLE_HISTORY -> texts.get("portfolio.period.whole");
            case RANGE -> texts.get("portfolio.period.range");
        };
    }

    private String abcName(AbcOption o) {
        if (o.isCustom()) {
            return texts.get("portfolio.abc.custom");
        }
        return texts.format(o.preset().classCount() == 2 ? "portfolio.abc.two" : "portfolio.abc.three",
                o.preset().label());
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void showTiles() {
        tilePane.getChildren().clear();
        for (PortfolioRows.Tile t : model.tiles()) {
            Label title = new Label(t.title());
            title.getStyleClass().add("tile-title");
            title.setWrapText(true);
            Label value = new Label(t.value());
            value.getStyleClass().add("tile-value");
            value.setId("tile-" + t.id());
            Label change = new Label(t.change());
            change.setId("tile-" + t.id() + "-change");
            change.getStyleClass().addAll("tile-change", t.tone() > 0 ? "good" : t.tone() < 0 ? "bad" : "flat");
            Label detail = new Label(t.detail());
            detail.getStyleClass().add("tile-detail");
            detail.setWrapText(true);
            VBox tile = new VBox(4, title, value, change, detail);
            tile.getStyleClass().add("kpi-tile");
            if (model.accountsOfTile(t.id()) != null) {
                javafx.scene.control.Tooltip.install(tile, new javafx.scene.control.Tooltip(
                        texts.get("accountList.open")));
                tile.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2) {
                        showAccounts(model.accountsOfTile(t.id()));
                    }
                });
            }
            tilePane.getChildren().add(tile);
        }
        sizeTiles();
    }

    /**
     * The revenue tile is twice as wide (its amount is long): all in one row of seven units when a
     * unit gets 11 em (narrower, a tile breaks "unconcentrated" mid-word), else two rows of four units.
     * Tiles of a row share its width: always aligned.
     */
    private void sizeTiles() {
        double width = tilePane.getWidth();
        double gap = tilePane.getHgap();
        double em = periodLabel.getFont().getSize();
        int units = (width - 5 * gap) / 7 >= 11 * em ? 7 : 4;
        int tilesPerRow = units == 7 ? 6 : 3;
        double unit = Math.floor((width - (tilesPerRow - 1) * gap) / units) - 1;
        for (int i = 0; i < tilePane.getChildren().size(); i++) {
            VBox tile = (VBox) tilePane.getChildren().get(i);
            double w = i == 0 ? 2 * unit : unit;
            if (units == 4 && i >= 3) {
                w = Math.floor((width - 2 * gap) / 3) - 1;
            }
            tile.setPrefWidth(w);
        }
    }

    private void showAnalysis(PortfolioAnalysis a) {
        paretoChart.setCurve(a == null ? null : a.curve(), a == null ? null : a.reportingCurrency());
        if (a == null) {
            tilePane.getChildren().clear();
        }
    }

    private void initAbcTable() {
        abcTable.setItems(model.abcRows());
        TableColumn<PortfolioRows.AbcRow, String> abcClass = TableColumns.text(texts.get("portfolio.col.class"),
                PortfolioRows.AbcRow::name, 85);
        abcClass.setMinWidth(80); // the constrained policy squeezed the Italian "Classe" into "Class/e"
        abcTable.getColumns().setAll(List.of(
                abcClass,
                Columns.number(texts.get("portfolio.col.accounts"), PortfolioRows.AbcRow::accounts, (Integer n) -> f.count(n), 125),
                Columns.number(texts.get("portfolio.col.revenue"), PortfolioRows.AbcRow::revenue, this::money, 160),
                Columns.number(texts.get("portfolio.col.share"), PortfolioRows.AbcRow::share, f::percent, 90)));
        abcTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        abcTable.setTooltip(new javafx.scene.control.Tooltip(texts.get("accountList.open")));
        openOnDoubleClickOrEnter(abcTable, r -> model.accountsOfClass(r.name()));
        openOnDoubleClickOrEnter(groupTable, r -> model.accountsOfGroup(r.key()));
    }

    /** Double-click or Enter on a row lists the accounts behind it. */
    private <T> void openOnDoubleClickOrEnter(TableView<T> table, java.util.function.Function<T, AccountLists.AccountList> list) {
        table.setOnMouseClicked(e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                showAccounts(list.apply(row));
            }
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            T row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && row != null) {
                showAccounts(list.apply(row));
                e.consume();
            }
        });
    }

    private void showAccounts(AccountLists.AccountList list) {
        if (list != null && shell != null) {
            shell.showAccounts(list.title(), list.rows(), list.currency());
        }
    }

    String money(BigDecimal value) {
        PortfolioAnalysis a = model.analysisProperty().get();
        return f.money(value, a == null ? "" : a.reportingCurrency());
    }

    @FXML
    private void openSelected() {
        PortfolioRows.AccountDetail d = model.selectedProperty().get();
        if (d != null && shell != null) {
            shell.openAccount(d.account().id());
        }
    }

    private void initDetail() {
        openSelectedButton.disableProperty().bind(model.selectedProperty().isNull());
        openSelectedButton.setGraphic(Icons.ACCOUNT_PAGE.graphic());
        detailLabel.setText(texts.get("portfolio.detail.hint"));
        addSelectedButton.disableProperty().bind(model.selectedProperty().isNull());
        addSelectedButton.setGraphic(Icons.ADD.graphic());
        model.selectedProperty().addListener((o, was, d) -> detailLabel.setText(d == null
                ? texts.get("portfolio.detail.hint") : detailText(d)));
    }

    private String detailText(PortfolioRows.AccountDetail d) {
        Account a = d.account();
        return texts.format("portfolio.detail.text", a.name(), a.externalId(), f.count(d.rank() + 1), money(d.revenue()),
                f.percent(d.share()), f.percent(d.cumulativeShare()), d.abcClass(), nz(a.region()), nz(a.country()),
                nz(a.owner()), f.percent(d.growth().nominal()));
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? PortfolioFormats.NONE : s;
    }

    private void initScenario() {
        scenarioSearch.setLeft(Icons.SEARCH.graphic());
        scenarioSearch.textProperty().bindBidirectional(model.scenario().searchProperty());
        choiceList.setItems(model.scenario().searchResults());
        choiceList.setCellFactory(l -> new AccountCell());
        choiceList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addChoice();
            }
        });
        pickList.setItems(model.scenario().picks());
        pickList.setCellFactory(l -> new AccountCell());
        pickList.setPlaceholder(new Label(texts.get("portfolio.scenario.none")));
        addButton.setGraphic(Icons.ADD.graphic());
        addButton.disableProperty().bind(choiceList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setGraphic(Icons.DELETE.graphic());
        removeButton.disableProperty().bind(pickList.getSelectionModel().selectedItemProperty().isNull());
        resetButton.setGraphic(Icons.RESET.graphic());
        resetButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.scenario().picks()));
        model.scenario().summaryProperty().addListener((o, was, s) -> {
            atRiskLabel.setText(s == null ? PortfolioFormats.NONE : s.atRisk());
            scenarioTop20Label.setText(s == null ? PortfolioFormats.NONE : s.top20());
            scenarioHhiLabel.setText(s == null ? PortfolioFormats.NONE : s.hhi());
            crossingLabel.setText(s == null ? PortfolioFormats.NONE : s.crossings());
            crossingLabel.getStyleClass().remove("crossing");
            ScenarioResult result = model.scenario().scenarioProperty().get();
            if (result != null && (result.crossesBand() || !result.groupsCrossingBand().isEmpty())) {
                crossingLabel.getStyleClass().add("crossing");
            }
        });
        for (Label l : List.of(atRiskLabel, scenarioTop20Label, scenarioHhiLabel, crossingLabel)) {
            l.setText(PortfolioFormats.NONE);
        }
        PortfolioTables.impacts(impactTable, texts, f, this::money);
        model.scenario().scenarioProperty().addListener((o, was, s) -> impactTable.getItems().setAll(
                s == null ? List.of() : s.groups()));
    }

    private final class AccountCell extends ListCell<Account> {
        @Override
        protected void updateItem(Account a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : model.scenario().label(a));
        }
    }

    @FXML
    private void addSelected() {
        model.addSelected();
    }

    @FXML
    private void addChoice() {
        model.scenario().addPick(choiceList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void removePick() {
        model.scenario().removePick(pickList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void resetScenario() {
        model.scenario().reset();
    }

    /** The Pareto chart's card (for tests and exports). */
    ChartCard paretoCard() {
        return paretoCard;
    }

    ChartCard breakdownCard() {
        return breakdownCard;
    }

    PortfolioViewModel model() {
        return model;
    }

    static boolean crosses(GroupImpact g) {
        return g != null && g.crossesBand();
    }

    static String bandChange(GroupImpact g, PortfolioFormats f) {
        ConcentrationBand before = g.bandBefore();
        ConcentrationBand after = g.bandAfter();
        return before == after ? f.band(before) : f.band(before) + " \u2192 " + f.band(after);
    }

    static <S> void highlight(TableView<S> table, java.util.function.Predicate<S> crossing) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("crossing-row");
                if (!empty && crossing.test(item)) {
                    getStyleClass().add("crossing-row");
                }
            }
        });
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** The missing-rates banner's button: the FX table in Settings, where the rates are added. */
    @FXML
    private void openFxRates() {
        if (shell != null) {
            shell.show(SETTINGS_FX);
        }
    }
}
