package org.kamworkbench.ui.portfolio;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.ui.common.DateFields;
import org.kamworkbench.ui.common.ExportBar;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;
import org.kamworkbench.ui.common.TableColumns;
import org.kamworkbench.ui.common.Texts;

/** The portfolio screen's controller: binds the controls, tiles, charts and tables to {@link PortfolioViewModel}. */
public final class PortfolioView implements Screen {
    /** The screen and section ids of the FX rates table (see ShellActions#show). */
    static final String SETTINGS_FX = "settings#fx";

    private final PortfolioViewModel model;
    private final PortfolioFigures figures;
    private final ScreenContext context;
    private final Texts texts;
    private final PortfolioFormats f;
    private final ShellActions shell;
    private final AccountListOpener opener;
    private final ScrollPane loadedRoot;
    private PortfolioCharts charts;

    @FXML private ScrollPane scroll;
    @FXML private ComboBox<PeriodOption> periodBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<AbcOption> abcBox;
    @FXML private CheckBox groupRollUpBox;
    @FXML private TextField customAbcField;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label periodLabel;
    @FXML private Label errorLabel;
    @FXML private HBox missingRatesBanner;
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

    private PortfolioView(PortfolioViewModel model, ScreenContext context) {
        this.model = model;
        this.figures = model.figures();
        this.context = context;
        this.texts = context.texts();
        this.f = model.formats();
        this.shell = context.shell();
        this.opener = new AccountListOpener(shell);
        this.loadedRoot = Fxml.load(this, "PortfolioView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        PortfolioViewModel model = new PortfolioViewModel(context.services().portfolio(), context.background(),
                context.texts());
        PortfolioView view = new PortfolioView(model, context);
        view.exportBar("export.file.abc", view.abcTable);
        view.exportBar("export.file.breakdown", view.groupTable);
        view.exportBar("export.file.currencies", view.currencyTable);
        view.exportBar("export.file.lossImpact", view.impactTable);
        model.refresh();
        return view;
    }

    /** An export bar above {@code table}, writing files named after {@code fileKey}'s text. */
    private void exportBar(String fileKey, TableView<?> table) {
        ExportBar.ofView(texts, context.background(), context.services().exports(), texts.get(fileKey), table)
                .above(table);
    }

    @FXML
    private void initialize() {
        scroll.getStylesheets().add(PortfolioView.class.getResource("portfolio.css").toExternalForm());
        initControls();
        DateFields.use(texts, fromPicker, toPicker);
        busyIndicator.visibleProperty().bind(model.busyProperty());
        periodLabel.textProperty().bind(figures.periodTextProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(model.errorProperty().isNotEmpty());
        missingRatesLabel.textProperty().bind(model.missingRatesProperty());
        missingRatesBanner.managedProperty().bind(model.missingRatesProperty().isNotEmpty());
        missingRatesBanner.visibleProperty().bind(model.missingRatesProperty().isNotEmpty());
        notesLabel.textProperty().bind(figures.notesProperty());
        notesLabel.managedProperty().bind(figures.notesProperty().isNotEmpty());
        KpiTiles tiles = new KpiTiles(tilePane, periodLabel, texts, model::accountsOfTile, opener);
        figures.tiles().addListener((ListChangeListener<PortfolioRows.Tile>) c -> tiles.show(figures.tiles()));
        charts = new PortfolioCharts(figures, f, context, this::openSelected);
        paretoBox.getChildren().add(charts.paretoCard());
        breakdownChartBox.getChildren().add(charts.breakdownCard());
        figures.analysisProperty().addListener((o, was, a) -> {
            if (a == null) {
                tiles.clear();
            }
        });
        initAbcTable();
        initDetail();
        PortfolioTables.groups(groupTable, texts, f, figures);
        currencyTable.setItems(figures.currencyRows());
        PortfolioTables.currencies(currencyTable, texts, f, figures::money);
        ScenarioPanel scenario = new ScenarioPanel(model.scenario(), texts);
        scenario.bindPicker(scenarioSearch, choiceList, pickList, addButton, removeButton, resetButton,
                this::addChoice);
        scenario.bindImpact(atRiskLabel, scenarioTop20Label, scenarioHhiLabel, crossingLabel);
        scenario.bindImpactTable(impactTable, figures, f);
    }

    private void initControls() {
        PortfolioChoices choices = model.choices();
        ChoiceNames names = new ChoiceNames(texts);
        periodBox.setItems(choices.periods());
        periodBox.valueProperty().bindBidirectional(choices.periodProperty());
        periodBox.setConverter(ChoiceNames.converter(names::period));
        fromPicker.valueProperty().bindBidirectional(choices.rangeFromProperty());
        toPicker.valueProperty().bindBidirectional(choices.rangeToProperty());
        var range = choices.periodProperty().isEqualTo(PeriodOption.RANGE);
        for (Node n : List.of(fromPicker, toPicker)) {
            n.visibleProperty().bind(range);
            n.managedProperty().bind(range);
        }
        groupRollUpBox.selectedProperty().bindBidirectional(choices.groupRollUpProperty());
        abcBox.setItems(choices.abcOptions());
        abcBox.valueProperty().bindBidirectional(choices.abcProperty());
        abcBox.setConverter(ChoiceNames.converter(names::abc));
        customAbcField.textProperty().bindBidirectional(choices.customAbcProperty());
        var custom = choices.abcProperty().isEqualTo(AbcOption.CUSTOM);
        customAbcField.visibleProperty().bind(custom);
        customAbcField.managedProperty().bind(custom);
        dimensionBox.getItems().setAll(Dimension.values());
        dimensionBox.valueProperty().bindBidirectional(choices.dimensionProperty());
        dimensionBox.setConverter(ChoiceNames.converter(names::dimension));
    }

    private void initAbcTable() {
        abcTable.setItems(figures.abcRows());
        abcTable.getColumns().setAll(List.of(
                TableColumns.text(texts.get("portfolio.col.class"), PortfolioRows.AbcRow::name, 85),
                Columns.number(texts.get("portfolio.col.accounts"), PortfolioRows.AbcRow::accounts, (Integer n) -> f.count(n), 125),
                Columns.number(texts.get("portfolio.col.revenue"), PortfolioRows.AbcRow::revenue, figures::money, 160),
                Columns.number(texts.get("portfolio.col.share"), PortfolioRows.AbcRow::share, f::percent, 90)));
        abcTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        abcTable.setTooltip(new Tooltip(texts.get("accountList.open")));
        opener.onDoubleClickOrEnter(abcTable, r -> model.accountsOfClass(r.name()));
        opener.onDoubleClickOrEnter(groupTable, r -> model.accountsOfGroup(r.key()));
    }

    private void initDetail() {
        openSelectedButton.disableProperty().bind(figures.selectedProperty().isNull());
        openSelectedButton.setGraphic(Icons.ACCOUNT_PAGE.graphic());
        detailLabel.setText(figures.detailText(null));
        addSelectedButton.disableProperty().bind(figures.selectedProperty().isNull());
        addSelectedButton.setGraphic(Icons.ADD.graphic());
        figures.selectedProperty().addListener((o, was, d) -> detailLabel.setText(figures.detailText(d)));
    }

    @FXML
    private void openSelected() {
        PortfolioRows.AccountDetail d = figures.selectedProperty().get();
        if (d != null && shell != null) {
            shell.openAccount(d.account().id());
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

    /** The missing-rates banner's button: the FX table in Settings, where the rates are added. */
    @FXML
    private void openFxRates() {
        if (shell != null) {
            shell.show(SETTINGS_FX);
        }
    }

    /** The Pareto chart's card (for tests and exports). */
    ChartCard paretoCard() {
        return charts.paretoCard();
    }

    ChartCard breakdownCard() {
        return charts.breakdownCard();
    }

    PortfolioViewModel model() {
        return model;
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
