package org.kamworkbench.ui.start;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.geometry.HPos;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;

/** The start screen's controller. */
public final class StartView implements Screen {
    private final StartViewModel model;
    private final Texts texts;
    private final ShellActions shell;
    private final ScrollPane loadedRoot;

    @FXML private Label workspaceTitle;
    @FXML private VBox emptyPane;
    @FXML private VBox summaryPane;
    @FXML private Button importButton;
    @FXML private Button demoButton;
    @FXML private Button importAgainButton;
    @FXML private Button accountsButton;
    @FXML private Label accountsValue;
    @FXML private Label yearsValue;
    @FXML private Label recordsValue;
    @FXML private GridPane byCurrencyGrid;
    @FXML private Label totalKey;
    @FXML private Label totalValue;
    @FXML private Label errorLabel;
    @FXML private javafx.scene.layout.HBox reviewBox;
    @FXML private Label reviewLabel;

    private StartView(StartViewModel model, Texts texts, ShellActions shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.loadedRoot = Fxml.load(this, "StartView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        StartViewModel model = new StartViewModel(context.services(), context.background(), context.texts(),
                context.shell()::dataChanged);
        StartView view = new StartView(model, context.texts(), context.shell());
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        workspaceTitle.setText(model.workspaceTitle());
        importButton.setGraphic(card(Icons.IMPORT, "start.import.title", "start.import.text"));
        demoButton.setGraphic(card(Icons.DEMO, "start.demo.title", "start.demo.text"));
        importAgainButton.setGraphic(Icons.IMPORT.graphic());
        accountsButton.setGraphic(Icons.ACCOUNTS.graphic());
        emptyPane.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty()));
        emptyPane.managedProperty().bind(emptyPane.visibleProperty());
        summaryPane.visibleProperty().bind(model.loadedProperty().and(model.emptyProperty().not()));
        summaryPane.managedProperty().bind(summaryPane.visibleProperty());
        importButton.disableProperty().bind(model.busyProperty());
        demoButton.disableProperty().bind(model.busyProperty());
        accountsValue.textProperty().bind(model.accountsProperty());
        yearsValue.textProperty().bind(model.yearsProperty());
        recordsValue.textProperty().bind(model.recordsProperty());
        totalValue.textProperty().bind(model.totalProperty());
        totalKey.setText(texts.get("start.summary.total"));
        model.totalMissingProperty().addListener((o, was, missing) -> {
            totalValue.getStyleClass().remove("warning");
            if (missing) {
                totalValue.getStyleClass().add("warning");
            }
        });
        model.revenueByCurrency().addListener((ListChangeListener<StartViewModel.CurrencyTotal>) c -> {
            byCurrencyGrid.getChildren().clear();
            int row = 0;
            for (StartViewModel.CurrencyTotal total : model.revenueByCurrency()) {
                Label code = new Label(total.currency());
                code.getStyleClass().add("summary-currency");
                Label amount = new Label(total.amount());
                amount.getStyleClass().add("summary-value");
                GridPane.setHalignment(amount, HPos.RIGHT);
                byCurrencyGrid.addRow(row++, code, amount);
            }
        });
        reviewLabel.textProperty().bind(model.reviewProperty());
        reviewBox.visibleProperty().bind(model.reviewProperty().isNotEmpty());
        reviewBox.managedProperty().bind(reviewBox.visibleProperty());
        model.reviewDueProperty().addListener((o, was, due) -> {
            reviewLabel.getStyleClass().remove("warning");
            if (due) {
                reviewLabel.getStyleClass().add("warning");
            }
        });
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
    }

    private VBox card(Icons icon, String titleKey, String textKey) {
        Label title = new Label(texts.get(titleKey));
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label text = new Label(texts.get(textKey));
        text.getStyleClass().add("card-text");
        text.setWrapText(true);
        VBox box = new VBox(10, icon.graphic(40), title, text);
        box.getStyleClass().add("card-content");
        return box;
    }

    @FXML
    private void importFile() {
        shell.importFile();
    }

    @FXML
    private void loadDemo() {
        model.loadDemo();
    }

    @FXML
    private void openKeyAccounts() {
        shell.show("keyaccounts");
    }

    @FXML
    private void openAccounts() {
        shell.show("accounts");
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
