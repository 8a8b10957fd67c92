package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
    private final BorderPane loadedRoot;

    @FXML private CustomTextField searchField;
    @FXML private ListView<Account> accountList;
    @FXML private Label accountTitle;
    @FXML private TabPane tabs;
    @FXML private Label errorLabel;

    private AccountPlansView(AccountPlansViewModel model, ScreenContext context) {
        this.model = model;
        this.context = context;
        this.texts = context.texts();
        this.loadedRoot = PlansCss.apply(Fxml.load(this, "AccountPlansView.fxml", texts));
    }

    public static Screen create(ScreenContext context) {
        AccountPlansViewModel model = new AccountPlansViewModel(context.services().plans(), context.background(),
                context.texts());
        AccountPlansView view = new AccountPlansView(model, context);
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
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
        accountList.setCellFactory(l -> new PlanTabView.Cell<>(a -> a.name() + "  ·  " + a.externalId()));
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
        showAccount(null);
    }

    private void showAccount(Account account) {
        int selected = Math.max(0, tabs.getSelectionModel().getSelectedIndex());
        tabs.getTabs().clear();
        accountTitle.setText(account == null ? texts.get("plans.chooseAccount")
                : account.name() + "  ·  " + account.externalId());
        if (account == null) {
            return;
        }
        for (AccountTab t : TABS) {
            Tab tab = new Tab(texts.get(t.titleKey()), t.content().apply(context, account.id()));
            tab.setId(t.id() + "Tab");
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(Math.min(selected, tabs.getTabs().size() - 1));
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.refresh();
        showAccount(model.accountProperty().get());
    }
}
