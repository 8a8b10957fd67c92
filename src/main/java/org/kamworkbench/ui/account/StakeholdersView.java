package org.kamworkbench.ui.account;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.service.account.StakeholderService;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.portfolio.ChartCard;
import org.kamworkbench.ui.common.ScreenContext;

/** The Stakeholders tab's controller: the org chart, its toolbar and the coverage warnings. */
public final class StakeholdersView {
    private final StakeholdersViewModel model;
    private final PersonPrivacyViewModel privacy;
    private final Texts texts;
    private OrgChartView chart;

    @FXML private VBox chartBox;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private Button forgetButton;
    @FXML private Button exportButton;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button fitButton;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private ListView<CoverageWarning> warningList;
    @FXML private Spinner<Integer> staleSpinner;
    @FXML private Label legendLabel;

    private final ScreenContext context;

    private StakeholdersView(StakeholdersViewModel model, PersonPrivacyViewModel privacy, ScreenContext context) {
        this.model = model;
        this.privacy = privacy;
        this.texts = context.texts();
        this.context = context;
    }

    public static Parent create(ScreenContext context, Long accountId) {
        StakeholdersViewModel model = new StakeholdersViewModel(context.services().account360().stakeholders(),
                context.services().account360().people(), accountId, context.background(), context.texts(),
                context.shell()::dataChanged);
        PersonPrivacyViewModel privacy = new PersonPrivacyViewModel(context.services().account360().privacy(), context.services().files(),
                context.background(), context.texts());
        Parent root = Fxml.load(new StakeholdersView(model, privacy, context), "StakeholdersView.fxml",
                context.texts());
        model.load();
        return AccountTabs.onRefresh(root, model::load);
    }

    @FXML
    private void initialize() {
        chart = new OrgChartView(this::badge, this::tip);
        chart.setId("orgChart");
        chart.setPrefSize(900, 520);
        chart.setOnMove(model::moveUnder);
        chart.setOnEdit(id -> edit(model.find(id)));
        chart.selectedProperty().bindBidirectional(model.selectedProperty());
        model.chartProperty().addListener((o, was, now) -> chart.setChart(now));
        chart.setChart(model.chartProperty().get());
        // the card saves and copies what is on screen: Fit first shows the whole chart
        ChartCard card = new ChartCard(texts.get("stakeholders.chart"), chart, context);
        VBox.setVgrow(card, Priority.ALWAYS);
        chartBox.getChildren().add(card);
        addButton.setGraphic(Icons.ADD.graphic());
        editButton.setGraphic(Icons.EDIT.graphic());
        deleteButton.setGraphic(Icons.DELETE.graphic());
        zoomInButton.setGraphic(Icons.ZOOM_IN.graphic());
        zoomOutButton.setGraphic(Icons.ZOOM_OUT.graphic());
        fitButton.setGraphic(Icons.FIT.graphic());
        editButton.disableProperty().bind(model.selectedProperty().isNull());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
        forgetButton.disableProperty().bind(model.selectedProperty().isNull());
        exportButton.disableProperty().bind(model.selectedProperty().isNull());
        ShownText.bind(messageLabel, model.messageProperty());
        ShownText.bind(errorLabel, model.errorProperty());
        warningList.setItems(model.warnings());
        warningList.setPlaceholder(new Label(texts.get("stakeholders.noWarnings")));
        warningList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CoverageWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(null);
                if (empty || w == null) {
                    setGraphic(null);
                    return;
                }
                // a wrapping label as wide as the list: long warnings take more lines, not more width
                Label text = new Label(warningText(w), Icons.WARNING.graphic());
                text.setWrapText(true);
                text.prefWidthProperty().bind(warningList.widthProperty().subtract(36));
                text.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(text);
            }
        });
        staleSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                StakeholderService.MAX_STALE_DAYS, 90, 15));
        staleSpinner.setEditable(true);
        model.staleDaysProperty().addListener((o, was, now) -> staleSpinner.getValueFactory().setValue(now.intValue()));
        legendLabel.setText(texts.get("stakeholders.legend"));
    }

    /** The warning in the user's language, naming the people it is about. */
    private String warningText(CoverageWarning w) {
        String names = String.join(", ", w.stakeholderIds().stream().map(model::nameOf).toList());
        String text = texts.format("coverage." + w.code().name(), names, model.staleDaysProperty().get());
        return text.startsWith("coverage.") ? w.message() : text;
    }

    private String badge(Stakeholder s) {
        return s.buyingRole() == null ? "" : texts.get("buyingRole.short." + s.buyingRole().name());
    }

    private String tip(Stakeholder s) {
        StringBuilder b = new StringBuilder(s.name());
        if (s.buyingRole() != null) {
            b.append('\n').append(texts.get("buyingRole." + s.buyingRole().name()));
        }
        if (s.attitude() != null) {
            b.append('\n').append(texts.get("attitude." + s.attitude().name()));
        }
        b.append('\n').append(texts.get("stakeholder.relationship")).append(": ")
                .append(s.relationship() == null ? texts.get("stakeholder.notKnown")
                        : texts.get("relationship." + s.relationship().name()));
        if (s.lastContact() != null) {
            b.append('\n').append(texts.format("stakeholders.lastContact", texts.date(s.lastContact())));
        }
        return b.toString();
    }


    @FXML
    private void add() {
        new StakeholderDialog(model, texts, null, chart.getScene().getWindow()).show();
    }

    @FXML
    private void editSelected() {
        edit(model.find(model.selectedProperty().get()));
    }

    private void edit(Stakeholder s) {
        if (s != null) {
            new StakeholderDialog(model, texts, s, chart.getScene().getWindow()).show();
        }
    }

    @FXML
    private void deleteSelected() {
        model.deleteSelected();
    }

    /** "Forget this person…": reads what will change, confirms with the list, then forgets. */
    @FXML
    private void forgetSelected() {
        Long id = model.selectedProperty().get();
        if (id == null) {
            return;
        }
        privacy.footprint(id, f -> {
            if (ForgetPersonDialog.confirm(chart.getScene().getWindow(), texts, f, privacy.changes(f))) {
                privacy.forget(id, model::forgotten, model::failed);
            }
        }, model::failed);
    }

    /** "Export this person's data…": a JSON file chosen by the user. */
    @FXML
    private void exportSelected() {
        Long id = model.selectedProperty().get();
        if (id == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("personExport.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        chooser.setInitialFileName(model.nameOf(id).replaceAll("[^\\p{L}\\p{N}]+", "-") + ".json");
        java.io.File file = chooser.showSaveDialog(chart.getScene().getWindow());
        if (file != null) {
            privacy.export(id, file.toPath(), model::inform, model::failed);
        }
    }

    @FXML
    private void zoomIn() {
        chart.zoomIn();
    }

    @FXML
    private void zoomOut() {
        chart.zoomOut();
    }

    @FXML
    private void fit() {
        chart.fit();
    }

    @FXML
    private void applyStaleDays() {
        staleSpinner.commitValue();
        model.saveStaleDays(staleSpinner.getValue());
    }
}
