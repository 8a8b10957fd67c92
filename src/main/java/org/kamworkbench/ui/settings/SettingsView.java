package org.kamworkbench.ui.settings;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kamworkbench.domain.FxRate;
import org.kamworkbench.domain.InflationRate;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Language;
import org.kamworkbench.ui.common.UserProfile;
import org.kamworkbench.ui.common.MessageLine;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;

/** The settings screen's controller: four tabs bound to {@link SettingsViewModel}. */
public final class SettingsView implements Screen {
    private final SettingsViewModel model;
    private final Texts texts;
    private final VBox loadedRoot;
    private final UserProfile profile;

    @FXML private ComboBox<String> currencyBox;
    @FXML private Button currencyApply;
    @FXML private Label currencyError;
    @FXML private TextField userNameField;
    @FXML private ComboBox<Language> languageBox;
    @FXML private TextField countryField;
    @FXML private TextField regionField;
    @FXML private Button addCountryButton;
    @FXML private Button removeCountryButton;
    @FXML private Button resetRegionsButton;
    @FXML private Label regionError;
    @FXML private TableView<RegionEntry> regionTable;
    @FXML private Label fxHelp;
    @FXML private TextField fxCurrencyField;
    @FXML private TextField fxYearField;
    @FXML private ComboBox<Integer> fxMonthBox;
    @FXML private TextField fxRateField;
    @FXML private Button fxAddButton;
    @FXML private Button fxDeleteButton;
    @FXML private Label fxError;
    @FXML private TableView<FxRate> fxTable;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private javafx.scene.control.Tab fxTab;
    @FXML private TextField inflationScopeField;
    @FXML private TextField inflationYearField;
    @FXML private TextField inflationPercentField;
    @FXML private Button inflationAddButton;
    @FXML private Button inflationDeleteButton;
    @FXML private Label inflationError;
    @FXML private TableView<InflationRate> inflationTable;

    private SettingsView(SettingsViewModel model, Texts texts, UserProfile profile) {
        this.model = model;
        this.texts = texts;
        this.profile = profile;
        this.loadedRoot = Fxml.load(this, "SettingsView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        SettingsViewModel model = new SettingsViewModel(context.services().settings(), context.background(),
                context.texts(), context.shell()::dataChanged);
        SettingsView view = new SettingsView(model, context.texts(), context.profile());
        view.tabs.getTabs().add(PreparedByPane.tab(context)); // reports: "Prepared by"
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        initCurrency();
        initProfile();
        initRegions();
        initFx();
        initInflation();
        for (Button add : new Button[] {addCountryButton, fxAddButton, inflationAddButton}) {
            add.setGraphic(Icons.ADD.graphic());
        }
        for (Button delete : new Button[] {removeCountryButton, fxDeleteButton, inflationDeleteButton}) {
            delete.setGraphic(Icons.DELETE.graphic());
        }
        resetRegionsButton.setGraphic(Icons.RESET.graphic());
        bindError(currencyError, model.currencyErrorProperty());
        bindError(regionError, model.regionErrorProperty());
        bindError(fxError, model.fxErrorProperty());
        bindError(inflationError, model.inflationErrorProperty());
    }

    private static void bindError(Label label, ObservableStringValue error) {
        MessageLine.bind(label, error);
    }

    /** The user's name and language live in their preferences, beside the workspace's settings. */
    private void initProfile() {
        userNameField.setText(profile.name());
        userNameField.textProperty().addListener((o, was, name) -> profile.nameProperty().set(name));
        languageBox.getItems().setAll(Language.values());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.ownName();
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        languageBox.setValue(profile.languageProperty().get());
        languageBox.setOnAction(e -> {
            if (languageBox.getValue() != null) {
                profile.languageProperty().set(languageBox.getValue());
            }
        });
    }

    private void initCurrency() {
        currencyBox.setItems(model.currencies());
        currencyBox.setValue(model.reportingCurrencyProperty().get());
        model.reportingCurrencyProperty().addListener((o, was, now) -> currencyBox.setValue(now));
        currencyBox.setOnAction(e -> applyCurrency());
        fxHelp.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("settings.fx.help", model.reportingCurrencyProperty().get()),
                model.reportingCurrencyProperty()));
    }

    @FXML
    private void applyCurrency() {
        currencyBox.commitValue(); // what was typed but not yet confirmed with Enter
        model.setReportingCurrency(currencyBox.getValue());
    }

    private void initRegions() {
        regionTable.setItems(model.regions());
        TableColumn<RegionEntry, String> code = column("settings.regions.col.country", RegionEntry::country, 110);
        TableColumn<RegionEntry, String> name = column("settings.regions.col.name",
                e -> new Locale("", e.country()).getDisplayCountry(texts.locale()), 300);
        TableColumn<RegionEntry, String> region = column("settings.regions.col.region", RegionEntry::region, 200);
        region.setCellFactory(TextFieldTableCell.forTableColumn());
        region.setEditable(true);
        region.getStyleClass().add("editable-column");
        region.setOnEditCommit(e -> model.setRegion(e.getRowValue().country(), e.getNewValue()));
        regionTable.getColumns().setAll(java.util.List.of(code, name, region));
        removeCountryButton.disableProperty().bind(regionTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void addCountry() {
        model.addCountry(countryField.getText(), regionField.getText());
    }

    @FXML
    private void removeCountry() {
        RegionEntry selected = regionTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.removeCountry(selected.country());
        }
    }

    @FXML
    private void resetRegions() {
        model.resetRegions();
    }

    private void initFx() {
        fxTable.setItems(model.fxRates());
        fxMonthBox.getItems().setAll(IntStream.rangeClosed(0, 12).boxed().toList());
        fxMonthBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer month) {
                return month == null ? "" : monthName(month);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        fxMonthBox.setValue(FxRate.WHOLE_YEAR);
        TableColumn<FxRate, String> rate = column("settings.fx.col.rate", r -> model.decimal(r.rate()), 180);
        rate.setCellFactory(TextFieldTableCell.forTableColumn());
        rate.setEditable(true);
        rate.getStyleClass().addAll("numeric", "editable-column");
        rate.setOnEditCommit(e -> model.changeFxRate(e.getRowValue(), e.getNewValue()));
        fxTable.getColumns().setAll(java.util.List.of(
                column("settings.fx.col.currency", FxRate::currency, 120),
                column("settings.col.year", r -> String.valueOf(r.year()), 100),
                column("settings.fx.col.month", r -> monthName(r.month()), 160),
                rate));
        fxDeleteButton.disableProperty().bind(fxTable.getSelectionModel().selectedItemProperty().isNull());
    }

    private String monthName(int month) {
        return month == FxRate.WHOLE_YEAR ? texts.get("settings.fx.wholeYear")
                : Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, texts.locale());
    }

    @FXML
    private void addFx() {
        Integer month = fxMonthBox.getValue() == null ? FxRate.WHOLE_YEAR : fxMonthBox.getValue();
        model.addFxRate(fxCurrencyField.getText(), fxYearField.getText(), month, fxRateField.getText());
    }

    @FXML
    private void deleteFx() {
        FxRate selected = fxTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.deleteFxRate(selected);
        }
    }

    private void initInflation() {
        inflationTable.setItems(model.inflationRates());
        TableColumn<InflationRate, String> percent = column("settings.inflation.col.percent",
                r -> model.decimal(r.percent()), 160);
        percent.setCellFactory(TextFieldTableCell.forTableColumn());
        percent.setEditable(true);
        percent.getStyleClass().addAll("numeric", "editable-column");
        percent.setOnEditCommit(e -> model.changeInflationRate(e.getRowValue(), e.getNewValue()));
        inflationTable.getColumns().setAll(java.util.List.of(
                column("settings.inflation.col.scope", InflationRate::scope, 200),
                column("settings.col.year", r -> String.valueOf(r.year()), 100),
                percent));
        inflationDeleteButton.disableProperty().bind(
                inflationTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void addInflation() {
        model.addInflationRate(inflationScopeField.getText(), inflationYearField.getText(),
                inflationPercentField.getText());
    }

    @FXML
    private void deleteInflation() {
        InflationRate selected = inflationTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.deleteInflationRate(selected);
        }
    }

    private <R> TableColumn<R, String> column(String key, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    /** {@code "fx"}: the FX rates tab (where a screen that lacks a rate sends the user). */
    @Override
    public void showSection(String section) {
        if ("fx".equals(section)) {
            tabs.getSelectionModel().select(fxTab);
        }
    }
}
