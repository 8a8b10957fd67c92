package org.kamworkbench.ui.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.FileOpener;
import org.kamworkbench.ui.reports.ReportDialog;
import org.kamworkbench.ui.reports.ReportDialogViewModel;

/**
 * The account page: a header (who the client is, our lead, ABC class, revenue trend, the standing
 * hook) over the tabs of {@link AccountTabs#ALL}, built when first shown. Back (button, Escape,
 * Alt+Left) returns to the screen it was opened from; Ctrl+Z undoes the session's last edit.
 */
public final class AccountPage implements Screen {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final AccountPageViewModel model;
    private final ScreenContext context;
    private final Texts texts;
    private final Runnable back;
    private final VBox loadedRoot;
    private final Map<Tab, AccountTab> tabOf = new HashMap<>();

    @FXML private Button backButton;
    @FXML private Button undoButton;
    @FXML private Button reportButton;
    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Label abcLabel;
    @FXML private Label leadLabel;
    @FXML private Label standingLabel;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private BarChart<String, Number> trendChart;
    @FXML private TabPane tabs;
    @FXML private VBox root;

    private AccountPage(AccountPageViewModel model, ScreenContext context, Runnable back) {
        this.model = model;
        this.context = context;
        this.texts = context.texts();
        this.back = back;
        this.loadedRoot = Fxml.load(this, "AccountPage.fxml", texts);
    }

    /** The page of one account; {@code back} returns to where it was opened from. */
    public static AccountPage create(ScreenContext context, long accountId, Runnable back) {
        AccountPageViewModel model = new AccountPageViewModel(context.services().account360(),
                context.services().keyAccounts().scoring(), accountId,
                context.background(), context.texts(), context.shell()::dataChanged);
        AccountPage page = new AccountPage(model, context, back);
        model.load();
        return page;
    }

    @FXML
    private void initialize() {
        root.getStylesheets().add(AccountPage.class.getResource("account.css").toExternalForm());
        backButton.setGraphic(Icons.BACK.graphic());
        undoButton.setGraphic(Icons.UNDO.graphic());
        reportButton.setTooltip(new Tooltip(texts.get("account.reportTip")));
        undoButton.disableProperty().bind(model.undoTextProperty().isEmpty());
        model.undoTextProperty().addListener((o, was, now) -> undoButton.setTooltip(now.isEmpty() ? null
                : new Tooltip(texts.format("account.undoTip", now))));
        titleLabel.textProperty().bind(model.titleProperty());
        subtitleLabel.textProperty().bind(model.subtitleProperty());
        abcLabel.textProperty().bind(model.abcTextProperty());
        showWhenText(abcLabel);
        leadLabel.textProperty().bind(model.leadTextProperty());
        standingLabel.textProperty().bind(model.standingProperty());
        showWhenText(standingLabel);
        messageLabel.textProperty().bind(model.messageProperty());
        showWhenText(messageLabel);
        errorLabel.textProperty().bind(model.errorProperty());
        showWhenText(errorLabel);
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        trendChart.titleProperty().bind(model.trendTitleProperty());
        trendChart.setAnimated(false);
        trendChart.setLegendVisible(false);
        model.trendProperty().addListener((MapChangeListener<Integer, BigDecimal>) c -> drawTrend());
        for (AccountTab tab : AccountTabs.ALL) {
            Tab t = new Tab(texts.get(tab.titleKey()));
            t.setId(tab.id() + "Tab");
            t.setClosable(false);
            tabOf.put(t, tab);
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.getContent() != null) {
                org.kamworkbench.ui.common.Refreshable.refresh(now.getContent()); // back on a tab: what others saved
            }
            build(now);
        });
        build(tabs.getSelectionModel().getSelectedItem());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                e.consume();
                undo();
            } else if (BACK.match(e) || (e.getCode() == KeyCode.ESCAPE
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl))) {
                e.consume();
                back();
            }
        });
    }

    private void build(Tab tab) {
        if (tab != null && tab.getContent() == null) {
            Parent content = tabOf.get(tab).content().apply(context, model.accountId());
            tab.setContent(content);
        }
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void drawTrend() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        new TreeMap<>(model.trend()).forEach((year, revenue) ->
                series.getData().add(new XYChart.Data<>(String.valueOf(year), revenue)));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        all.add(series);
        trendChart.getData().setAll(all);
        trendChart.setVisible(!series.getData().isEmpty());
        trendChart.setManaged(trendChart.isVisible());
    }

    /** "Report…": the account plan report, client or internal (ui/reports). */
    @FXML
    private void report() {
        new ReportDialog(ReportDialogViewModel.plan(context.services(), model.accountId(), context.background(), texts,
                FileOpener.SYSTEM), texts).show(root.getScene().getWindow());
    }

    @FXML
    private void back() {
        back.run();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    /** The header's view model: for the scoring feature's standing text, and tests. */
    public AccountPageViewModel model() {
        return model;
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.load();
        for (Tab t : tabs.getTabs()) {
            if (t.getContent() != null && t.getContent().getProperties().get(AccountTabs.REFRESH) instanceof Runnable r) {
                r.run();
            }
        }
    }
}
