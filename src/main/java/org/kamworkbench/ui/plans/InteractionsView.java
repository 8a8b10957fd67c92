package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.plans.InteractionsViewModel.InteractionRow;
import org.kamworkbench.ui.plans.InteractionsViewModel.StepRow;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.TableColumns;

/** The account page's "Meetings" tab: the interaction log and its next steps. */
public final class InteractionsView {
    public static final AccountTab TAB = new AccountTab("interactions", "plans.tab.interactions",
            InteractionsView::create);

    private final InteractionsViewModel model;
    private final Texts texts;
    private final Parent root;

    @FXML private TableView<InteractionRow> interactionsTable;
    @FXML private ListView<StepRow> stepsList;
    @FXML private ComboBox<PersonChoice> stepOwner;
    @FXML private DatePicker datePicker;
    @FXML private ComboBox<InteractionType> typeBox;
    @FXML private ListView<PersonChoice> participantsList;
    @FXML private Button saveInteractionButton;
    @FXML private Button cancelEditButton;
    @FXML private Label formHeading;
    @FXML private TextArea topicsArea;
    @FXML private TextArea feedbackArea;
    @FXML private TextArea nextStepsArea;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;

    private InteractionsView(InteractionsViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.root = PlansCss.apply(Fxml.load(this, "InteractionsView.fxml", texts));
    }

    public static Parent create(ScreenContext context, Long accountId) {
        InteractionsViewModel model = new InteractionsViewModel(context.services().interactions(),
                context.services().plans(), context.background(), context.texts(), accountId);
        InteractionsView view = new InteractionsView(model, context.texts());
        org.kamworkbench.ui.common.ExportBar.ofView(context.texts(), context.background(), context.services().exports(),
                context.texts().get("export.file.meetings"), view.interactionsTable).above(view.interactionsTable);
        model.refresh();
        return org.kamworkbench.ui.common.Refreshable.mark(view.root, model::refresh);
    }

    @FXML
    private void initialize() {
        org.kamworkbench.ui.common.DateFields.use(texts, datePicker);
        Cols.set(interactionsTable,
                Cols.sorted(texts.get("plans.col.date"), (InteractionRow r) -> r.interaction().date(),
                        texts::date, 110),
                TableColumns.text(texts.get("interactions.col.type"), InteractionRow::type, 120),
                TableColumns.text(texts.get("interactions.col.participants"), InteractionRow::participants, 200),
                TableColumns.text(texts.get("interactions.col.topics"), (InteractionRow r) -> r.interaction().topics(), 200),
                TableColumns.text(texts.get("interactions.col.feedback"), (InteractionRow r) -> r.interaction().feedback(),
                        220),
                TableColumns.text(texts.get("interactions.col.nextSteps"), InteractionRow::nextSteps, 200),
                TableColumns.text(texts.get("interactions.col.author"), (InteractionRow r) -> r.interaction().author(),
                        120));
        // in a narrow window the text columns give way, not the date and the kind
        interactionsTable.getColumns().get(0).setMinWidth(100);
        interactionsTable.getColumns().get(1).setMinWidth(95);
        interactionsTable.setItems(model.rows());
        interactionsTable.setPlaceholder(new Label(texts.get("interactions.none")));
        interactionsTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        var editing = model.editedProperty().isNotNull();
        saveInteractionButton.textProperty().bind(Bindings.when(editing).then(texts.get("plans.edit.save"))
                .otherwise(texts.get("interactions.save")));
        formHeading.textProperty().bind(Bindings.when(editing).then(texts.get("interactions.editing"))
                .otherwise(texts.get("interactions.new")));
        cancelEditButton.visibleProperty().bind(editing);
        cancelEditButton.managedProperty().bind(editing);
        interactionsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && interactionsTable.getSelectionModel().getSelectedItem() != now) {
                interactionsTable.getSelectionModel().select(now);
            }
        });
        stepsList.setItems(model.steps());
        stepsList.setPlaceholder(new Label(texts.get("interactions.noSteps")));
        stepsList.setCellFactory(l -> new StepCell());
        stepOwner.setItems(model.people());
        stepOwner.valueProperty().bindBidirectional(model.stepOwnerProperty());
        Cols.choice(stepOwner, PersonChoice::name, texts.get("interactions.ownerLater"));
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        typeBox.getItems().setAll(InteractionType.values());
        typeBox.setConverter(EnumText.converter(texts));
        typeBox.valueProperty().bindBidirectional(model.typeProperty());
        participantsList.setItems(model.people());
        participantsList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        participantsList.setCellFactory(l -> new NamedCell<>(new PlanLabels(texts)::person));
        topicsArea.textProperty().bindBidirectional(model.topicsProperty());
        feedbackArea.textProperty().bindBidirectional(model.feedbackProperty());
        nextStepsArea.textProperty().bindBidirectional(model.nextStepsProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.managedProperty().bind(model.messageProperty().isNotEmpty());
    }

    /** Loads the selected interaction into the form (also on double click): Save then keeps the changes. */
    @FXML
    private void edit() {
        InteractionRow row = interactionsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            List<PersonChoice> participants = model.edit(row);
            participantsList.getSelectionModel().clearSelection();
            participants.forEach(participantsList.getSelectionModel()::select);
            topicsArea.requestFocus();
        }
    }

    @FXML
    private void cancelEdit() {
        model.cancelEdit();
        participantsList.getSelectionModel().clearSelection();
    }

    @FXML
    private void save() {
        model.save(List.copyOf(participantsList.getSelectionModel().getSelectedItems()));
        participantsList.getSelectionModel().clearSelection();
    }

    @FXML
    private void delete() {
        InteractionRow row = interactionsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.delete(row);
        }
    }

    /** A next step with its one-click "Make it an action" button (or a note that it already is one). */
    private final class StepCell extends ListCell<StepRow> {
        @Override
        protected void updateItem(StepRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(item.text());
            text.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox box = new HBox(10, text, spacer);
            if (item.done()) {
                Label done = new Label(texts.get("interactions.isAction"));
                done.getStyleClass().add("step-done");
                box.getChildren().add(done);
            } else {
                Button make = new Button(texts.get("interactions.makeAction"));
                make.getStyleClass().addAll("small", "make-action");
                make.setOnAction(e -> model.toAction(item));
                box.getChildren().add(make);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
