package org.kamworkbench.ui.accounts;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import atlantafx.base.controls.CustomTextField;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.Texts;

/**
 * The accounts screen's controller: binds {@link AccountsViewModel} to AccountsView.fxml; the filters bar
 * ({@link AccountsFilters}), the table ({@link AccountsTable}) and its actions ({@link AccountsTableActions})
 * are wired by their own classes.
 */
public final class AccountsView implements Screen {
    private final AccountsViewModel model;
    private final Texts texts;
    private final VBox loadedRoot;

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

    private AccountsView(AccountsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.loadedRoot = Fxml.load(this, "AccountsView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        AccountsViewModel model = new AccountsViewModel(context.services().accounts(), context.services().settings(),
                context.services().portfolio(), context.background(), context.texts());
        AccountsView view = new AccountsView(model, context.texts());
        AccountsTableActions.install(context, model, view.table);
        model.refresh();
        return view;
    }

    @FXML
    private void initialize() {
        countLabel.textProperty().bind(model.countTextProperty());
        AccountsFilters filters = new AccountsFilters(model, texts);
        filters.bind(searchField, countryBox, regionBox, ownerBox, clearButton);
        filters.bindYear(yearLabel, yearBox);
        figuresProblemLabel.textProperty().bind(model.figuresProblemProperty());
        figuresProblemLabel.managedProperty().bind(model.figuresProblemProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        AccountsTable.bind(model, texts, table, searchField);
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
