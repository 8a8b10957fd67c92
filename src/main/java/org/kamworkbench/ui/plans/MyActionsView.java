package org.kamworkbench.ui.plans;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.service.plan.ActionItem;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.TableColumns;

/** The "My actions" screen: binds {@link MyActionsViewModel} to MyActionsView.fxml. */
public final class MyActionsView implements Screen {
    private final MyActionsViewModel model;
    private final Texts texts;
    private final VBox loadedRoot;

    @FXML private ComboBox<String> ownerBox;
    @FXML private CheckBox overdueBox;
    @FXML private Label countLabel;
    @FXML private TableView<ActionItem> myActionsTable;
    @FXML private ComboBox<ActionStatus> statusBox;
    @FXML private Label errorLabel;

    private MyActionsView(MyActionsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.loadedRoot = PlansCss.apply(Fxml.load(this, "MyActionsView.fxml", texts));
        CrossAccountViews.reloadWhenShown(loadedRoot, model::refresh);
    }

    public static Screen create(ScreenContext context) {
        MyActionsViewModel model = new MyActionsViewModel(context.services().plans(), context.background(),
                context.texts());
        model.openOn(context.profile().name());
        MyActionsView view = new MyActionsView(model, context.texts());
        org.kamworkbench.ui.common.ExportBar.ofView(context.texts(), context.background(), context.services().exports(),
                context.texts().get("export.file.actions"), view.myActionsTable).above(view.myActionsTable);
        return view;
    }

    @FXML
    private void initialize() {
        ownerBox.setItems(model.owners());
        ownerBox.valueProperty().bindBidirectional(model.ownerProperty());
        Cols.choice(ownerBox, s -> s.isEmpty() ? texts.get("actions.everyone") : s, texts.get("actions.everyone"));
        overdueBox.selectedProperty().bindBidirectional(model.overdueOnlyProperty());
        countLabel.textProperty().bind(model.countTextProperty());
        Cols.set(myActionsTable,
                Cols.sorted(texts.get("plans.col.due"), (ActionItem i) -> i.action().due(), texts::date, 125),
                TableColumns.text(texts.get("actions.col.account"), (ActionItem i) -> i.account().name(), 200),
                TableColumns.text(texts.get("plans.col.what"), (ActionItem i) -> i.action().what(), 250),
                TableColumns.text(texts.get("plans.col.who"), (ActionItem i) -> i.owner() == null ? null
                        : i.ownerIsStakeholder() ? texts.format("plans.clientPerson", i.owner()) : i.owner(), 170),
                TableColumns.text(texts.get("plans.col.status"), (ActionItem i) -> EnumText.of(texts, i.action().status()),
                        120),
                TableColumns.text(texts.get("plans.col.objective"), ActionItem::objective, 170),
                TableColumns.text(texts.get("actions.col.overdue"), (ActionItem i) -> i.overdue()
                        ? texts.get("actions.overdue") : "", 100));
        myActionsTable.setItems(model.rows());
        myActionsTable.setRowFactory(t -> new OverdueRow<>(ActionItem::overdue));
        myActionsTable.setPlaceholder(new Label(texts.get("actions.none")));
        RowStatusBox.bind(texts, statusBox, ActionStatus.values(), myActionsTable, model::setStatus);
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
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
