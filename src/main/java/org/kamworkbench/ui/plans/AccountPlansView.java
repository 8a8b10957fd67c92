package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kamworkbench.service.plan.PlanOverviewRow;
import org.kamworkbench.ui.common.TableColumns;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.domain.Account;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;

/**
 * "Account plans": pick an account, then work on its plan, KPIs and meetings in tabs. The same tabs
 * join the account page ({@link #TABS}); this screen reaches them from the sidebar.
 */
public final class AccountPlansView implements Screen {
    /** The account page tabs of this feature, in order. */
    public static final List<AccountTab> TABS = List.of(PlanTabView.TAB, KpiTimelineView.TAB, InteractionsView.TAB);

    private final AccountPlansViewModel model;
    private final ScreenContext context;
    private final Texts texts;
    /** True while the tabs are rebuilt for another account (their selection changes then are not the user's). */
    private boolean rebuilding;
    private final BorderPane loadedRoot;

    @FXML private CustomTextField searchField;
    @FXML private ListView<Account> accountList;
    @FXML private Label accountTitle;
    @FXML private TabPane tabs;
    @FXML private Label errorLabel;
    @FXML private VBox overviewPane;
    @FXML private VBox accountPane;
    @FXML private CheckBox gapsOnlyBox;
    @FXML private Label overviewSummary;
    @FXML private Label overviewError;
    @FXML private TableView<PlanOverviewRow> overviewTable;
    @FXML private Button backButton;

    private final PlansOverviewViewModel overview;

    private AccountPlansView(AccountPlansViewModel model, PlansOverviewViewModel overview, ScreenContext context) {
        this.model = model;
        this.overview = overview;
        this.context = context;
        this.texts = context.texts();
        this.loadedRoot = PlansCss.apply(Fxml.load(this, "AccountPlansView.fxml", texts));
        // coming back to the screen: the overview and the tab in view reload, what is typed elsewhere stays
        org.kamworkbench.ui.common.Refreshable.mark(loadedRoot, () -> {
            overview.refresh();
            javafx.scene.control.Tab shown = tabs.getSelectionModel().getSelectedItem();
            if (shown != null) {
                org.kamworkbench.ui.common.Refreshable.refresh(shown.getContent());
            }
        });
    }

    public static Screen create(ScreenContext context) {
        AccountPlansViewModel model = new AccountPlansViewModel(context.services().plans(), context.background(),
                context.texts());
        PlansOverviewViewModel overview = new PlansOverviewViewModel(context.services().planOverview(),
                context.background(), context.texts());
        AccountPlansView view = new AccountPlansView(model, overview, context);
        org.kamworkbench.ui.common.ExportBar.plans(context).above(view.accountList);
        model.refresh();
        overview.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!rebuilding && now != null) {
                org.kamworkbench.ui.common.Refreshable.refresh(now.getContent()); // back on a tab: what others saved
            }
        });
        searchField.setLeft(Icons.SEARCH.graphic());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        // Enter in the search opens the first match
        searchField.setOnAction(e -> {
            if (!accountList.getItems().isEmpty()) {
                accountList.getSelectionModel().select(0);
                accountList.requestFocus();
            }
        });
        accountList.setItems(model.accounts());
        accountList.setPlaceholder(new Label(texts.get("plans.noAccounts")));
        accountList.setCellFactory(l -> new NamedCell<>(a -> a.name() + "  ·  " + a.externalId()));
        accountList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.accountProperty().set(now);
            }
        });
        model.accountProperty().addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                showAccount(now);
            }
        });
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        accountPane.visibleProperty().bind(model.accountProperty().isNotNull());
        overviewPane.visibleProperty().bind(model.accountProperty().isNull());
        backButton.setOnAction(e -> {
            accountList.getSelectionModel().clearSelection();
            model.accountProperty().set(null);
            overviewTable.requestFocus();
        });
        initOverview();
        showAccount(null);
    }

    private void initOverview() {
        gapsOnlyBox.selectedProperty().bindBidirectional(overview.gapsOnlyProperty());
        overviewSummary.textProperty().bind(overview.summaryProperty());
        overviewError.textProperty().bind(overview.errorProperty());
        overviewError.managedProperty().bind(overview.errorProperty().isNotEmpty());
        Cols.set(overviewTable,
                TableColumns.text(texts.get("plans.overview.col.account"), (PlanOverviewRow r) -> r.accountName()
                        + "  ·  " + r.externalId(), 230),
                TableColumns.text(texts.get("plans.overview.col.key"), (PlanOverviewRow r) -> r.designated()
                        ? texts.get("plans.overview.key") : "", 140),
                TableColumns.text(texts.get("plans.overview.col.status"), (PlanOverviewRow r) -> EnumText.of(texts,
                        r.status()), 120),
                TableColumns.text(texts.get("plans.overview.col.lead"), PlanOverviewRow::lead, 160),
                Cols.sorted(texts.get("plans.overview.col.from"), PlanOverviewRow::from, texts::date, 110),
                Cols.sorted(texts.get("plans.overview.col.to"), PlanOverviewRow::to, texts::date, 110),
                TableColumns.text(texts.get("plans.overview.col.objectives"), (PlanOverviewRow r) -> r.planId() == null
                        ? "" : texts.format("plans.overview.objectives", r.objectivesDone(), r.objectivesTotal()), 140),
                Cols.sorted(texts.get("plans.overview.col.overdue"), (PlanOverviewRow r) -> r.planId() == null ? null
                        : r.overdueActions(), String::valueOf, 130),
                TableColumns.text(texts.get("plans.overview.col.kpi"), (PlanOverviewRow r) -> EnumText.of(texts,
                        r.kpiStatus()), 160),
                Cols.sorted(texts.get("plans.overview.col.nextReview"), PlanOverviewRow::nextReview,
                        texts::date, 120));
        // eleven columns: keep their widths and scroll sideways rather than cut every header
        overviewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        overviewTable.setItems(overview.rows());
        overviewTable.setPlaceholder(new Label(texts.get("plans.overview.empty")));
        overviewTable.setRowFactory(t -> new OverdueRow<>(PlanOverviewRow::gap));
        overviewTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        overviewTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
    }

    private void openSelected() {
        PlanOverviewRow row = overviewTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.open(row.accountId());
        }
    }

    private void showAccount(Account account) {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        rebuilding = true;
        tabs.getTabs().clear();
        accountTitle.setText(account == null ? texts.get("plans.chooseAccount")
                : account.name() + "  ·  " + account.externalId());
        if (account == null) {
            rebuilding = false;
            return;
        }
        for (AccountTab t : TABS) {
            Tab tab = new Tab(texts.get(t.titleKey()), t.content().apply(context, account.id()));
            tab.setId(t.id() + "Tab");
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(Math.min(selected, tabs.getTabs().size() - 1));
        rebuilding = false;
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
        overview.refresh();
        showAccount(model.accountProperty().get());
    }
}
