package org.kamworkbench.ui.plans;

import java.time.LocalDate;
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
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.plans.ActionsEditor.ActionRow;
import org.kamworkbench.ui.plans.ObjectivesEditor.ObjectiveRow;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.TableColumns;

/** The account page's "Plan" tab: binds {@link PlanTabViewModel} to PlanTabView.fxml. */
public final class PlanTabView {
    public static final AccountTab TAB = new AccountTab("plan", "plans.tab.plan", PlanTabView::create);

    private final PlanTabViewModel model;
    private final Texts texts;
    private final Parent root;

    @FXML private ComboBox<AccountPlan> planBox;
    @FXML private Label planStatus;
    @FXML private Button activateButton;
    @FXML private Button closeButton;
    @FXML private javafx.scene.control.TitledPane newPlanPane;
    @FXML private DatePicker newStart;
    @FXML private DatePicker newEnd;
    @FXML private ComboBox<AccountPlan> templateBox;
    @FXML private VBox planContent;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private TextArea challengesArea;
    @FXML private TextArea economicArea;
    @FXML private TextArea strengthsArea;
    @FXML private TextArea weaknessesArea;
    @FXML private TextArea opportunitiesArea;
    @FXML private TextArea threatsArea;
    @FXML private TextArea recommendationsArea;
    @FXML private TableView<ObjectiveRow> objectivesTable;
    @FXML private TextField objectiveTitle;
    @FXML private DatePicker objectiveDue;
    @FXML private ComboBox<PersonChoice> objectiveOwner;
    @FXML private ComboBox<KpiDefinition> objectiveKpi;
    @FXML private TextField objectiveTarget;
    @FXML private TextField objectiveTargetNumber;
    @FXML private TextField objectiveNewColleague;
    @FXML private ComboBox<ObjectiveStatus> objectiveStatusBox;
    @FXML private TableView<ActionRow> actionsTable;
    @FXML private TextField actionWhat;
    @FXML private ComboBox<PersonChoice> actionWho;
    @FXML private TextField actionHow;
    @FXML private DatePicker actionDue;
    @FXML private ComboBox<Objective> actionObjective;
    @FXML private TextField newColleague;
    @FXML private ComboBox<ActionStatus> actionStatusBox;
    @FXML private ListView<PersonChoice> participantsList;
    @FXML private TextField reviewNotes;
    @FXML private ComboBox<PlanReview> compareFrom;
    @FXML private ComboBox<PlanReview> compareTo;
    @FXML private ListView<SnapshotChange> changesList;
    @FXML private TextField templateName;
    @FXML private Label errorLabel;
    @FXML private Button addObjectiveButton;
    @FXML private Button cancelObjectiveButton;
    @FXML private Button addActionButton;
    @FXML private Button cancelActionButton;

    private PlanTabView(PlanTabViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.root = PlansCss.apply(Fxml.load(this, "PlanTabView.fxml", texts));
    }

    public static Parent create(ScreenContext context, Long accountId) {
        PlanTabViewModel model = new PlanTabViewModel(context.services().plans(), context.services().kpis(),
                context.background(), context.texts(), accountId);
        PlanTabView view = new PlanTabView(model, context.texts());
        var t = context.texts();
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.objectives"),
                view.objectivesTable).above(view.objectivesTable);
        org.kamworkbench.ui.common.ExportBar.ofView(t, context.background(), context.services().exports(), t.get("export.file.planActions"),
                view.actionsTable).above(view.actionsTable);
        model.refresh();
        return org.kamworkbench.ui.common.Refreshable.mark(view.root, model::refresh);
    }

    @FXML
    private void initialize() {
        org.kamworkbench.ui.common.DateFields.use(texts, newStart, newEnd, startPicker, endPicker, objectiveDue, actionDue);
        editing(addObjectiveButton, cancelObjectiveButton, model.objectives().editedProperty().isNotNull(),
                "plans.objective.add");
        editing(addActionButton, cancelActionButton, model.actions().editedProperty().isNotNull(), "plans.action.add");
        objectivesTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editObjective();
            }
        });
        actionsTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editAction();
            }
        });
        planBox.setItems(model.plans());
        planBox.valueProperty().bindBidirectional(model.planProperty());
        Cols.named(planBox, this::planName, texts.get("plans.noPlan"));
        planBox.setCellFactory(l -> new Cell<>(this::planName));
        planStatus.textProperty().bind(Bindings.createStringBinding(() -> model.planProperty().get() == null ? ""
                : EnumText.of(texts, model.planProperty().get().status()), model.planProperty()));
        activateButton.disableProperty().bind(model.editableProperty().not().or(Bindings.createBooleanBinding(() ->
                model.planProperty().get() != null && model.planProperty().get().status()
                        == org.kamworkbench.domain.PlanStatus.ACTIVE, model.planProperty())));
        closeButton.disableProperty().bind(model.editableProperty().not());
        newStart.valueProperty().bindBidirectional(model.newPlan().startProperty());
        newEnd.valueProperty().bindBidirectional(model.newPlan().endProperty());
        templateBox.setItems(model.newPlan().templates());
        templateBox.valueProperty().bindBidirectional(model.newPlan().templateProperty());
        Cols.named(templateBox, AccountPlan::templateName, texts.get("plans.blankPlan"));
        templateBox.setCellFactory(l -> new Cell<>(AccountPlan::templateName));
        newEnd.disableProperty().bind(model.newPlan().templateProperty().isNotNull());

        newPlanPane.expandedProperty().bindBidirectional(model.newPlanOpenProperty());
        planStatus.visibleProperty().bind(model.hasPlanProperty());
        planContent.visibleProperty().bind(model.hasPlanProperty());
        planContent.managedProperty().bind(model.hasPlanProperty());
        planContent.disableProperty().bind(model.editableProperty().not());
        startPicker.valueProperty().bindBidirectional(model.content().startProperty());
        endPicker.valueProperty().bindBidirectional(model.content().endProperty());
        challengesArea.textProperty().bindBidirectional(model.content().challengesProperty());
        economicArea.textProperty().bindBidirectional(model.content().economicIssuesProperty());
        strengthsArea.textProperty().bindBidirectional(model.content().strengthsProperty());
        weaknessesArea.textProperty().bindBidirectional(model.content().weaknessesProperty());
        opportunitiesArea.textProperty().bindBidirectional(model.content().opportunitiesProperty());
        threatsArea.textProperty().bindBidirectional(model.content().threatsProperty());
        recommendationsArea.textProperty().bindBidirectional(model.content().recommendationsProperty());

        bindObjectives();
        bindActions();
        bindReviews();
        templateName.textProperty().bindBidirectional(model.newPlan().templateNameProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(errorLabel.managedProperty());
    }

    private void bindObjectives() {
        Cols.set(objectivesTable,
                Cols.sorted(texts.get("plans.col.due"), (ObjectiveRow r) -> r.objective().due(), texts::date, 110),
                TableColumns.text(texts.get("plans.col.horizon"), ObjectiveRow::horizon, 100),
                TableColumns.text(texts.get("plans.col.objective"), (ObjectiveRow r) -> r.objective().title(), 260),
                TableColumns.text(texts.get("plans.col.kpi"), ObjectiveRow::kpi, 130),
                TableColumns.text(texts.get("plans.col.target"),
                        (ObjectiveRow r) -> r.objective().targetShown(texts::groupedDecimal), 120),
                TableColumns.text(texts.get("plans.col.owner"), ObjectiveRow::owner, 140),
                TableColumns.text(texts.get("plans.col.status"), ObjectiveRow::status, 110));
        objectivesTable.setItems(model.objectives().rows());
        objectivesTable.setPlaceholder(new Label(texts.get("plans.noObjectives")));
        objectiveTitle.textProperty().bindBidirectional(model.objectives().titleProperty());
        objectiveDue.valueProperty().bindBidirectional(model.objectives().dueProperty());
        objectiveOwner.setItems(model.people().colleagues());
        objectiveOwner.valueProperty().bindBidirectional(model.objectives().ownerProperty());
        Cols.named(objectiveOwner, PersonChoice::name, texts.get("plans.owner"));
        objectiveOwner.setCellFactory(l -> new Cell<>(PersonChoice::name));
        objectiveKpi.setItems(model.kpis());
        objectiveKpi.valueProperty().bindBidirectional(model.objectives().kpiProperty());
        Cols.named(objectiveKpi, KpiDefinition::name, texts.get("plans.kpi"));
        objectiveKpi.setCellFactory(l -> new Cell<>(KpiDefinition::name));
        objectiveTarget.textProperty().bindBidirectional(model.objectives().targetProperty());
        objectiveTargetNumber.textProperty().bindBidirectional(model.objectives().targetNumberProperty());
        objectiveNewColleague.textProperty().bindBidirectional(model.objectives().newColleagueProperty());
        objectiveStatusBox.getItems().setAll(ObjectiveStatus.values());
        objectiveStatusBox.setConverter(EnumText.converter(texts));
        objectiveStatusBox.disableProperty().bind(objectivesTable.getSelectionModel().selectedItemProperty().isNull());
        objectiveStatusBox.setOnAction(e -> {
            ObjectiveRow row = objectivesTable.getSelectionModel().getSelectedItem();
            if (row != null && objectiveStatusBox.getValue() != null) {
                model.objectives().setStatus(row, objectiveStatusBox.getValue());
                objectiveStatusBox.setValue(null);
            }
        });
    }

    private void bindActions() {
        Cols.set(actionsTable,
                Cols.sorted(texts.get("plans.col.due"), (ActionRow r) -> r.action().due(), texts::date, 110),
                TableColumns.text(texts.get("plans.col.what"), (ActionRow r) -> r.action().what(), 230),
                TableColumns.text(texts.get("plans.col.who"), ActionRow::who, 140),
                TableColumns.text(texts.get("plans.col.how"), (ActionRow r) -> r.action().how(), 160),
                TableColumns.text(texts.get("plans.col.status"), ActionRow::status, 110),
                TableColumns.text(texts.get("plans.col.objective"), ActionRow::objective, 160),
                TableColumns.text(texts.get("plans.col.author"), (ActionRow r) -> r.action().author(), 120));
        actionsTable.setItems(model.actions().rows());
        actionsTable.setPlaceholder(new Label(texts.get("plans.noActions")));
        actionsTable.setRowFactory(t -> new OverdueRow<>(ActionRow::overdue));
        actionWhat.textProperty().bindBidirectional(model.actions().whatProperty());
        actionWho.setItems(model.people().all());
        actionWho.valueProperty().bindBidirectional(model.actions().whoProperty());
        Cols.named(actionWho, this::personName, texts.get("plans.who"));
        actionWho.setCellFactory(l -> new Cell<>(this::personName));
        actionHow.textProperty().bindBidirectional(model.actions().howProperty());
        actionDue.valueProperty().bindBidirectional(model.actions().dueProperty());
        actionObjective.setItems(model.objectives().choices());
        actionObjective.valueProperty().bindBidirectional(model.actions().objectiveProperty());
        Cols.named(actionObjective, Objective::title, texts.get("plans.objective"));
        actionObjective.setCellFactory(l -> new Cell<>(Objective::title));
        newColleague.textProperty().bindBidirectional(model.actions().newColleagueProperty());
        actionStatusBox.getItems().setAll(ActionStatus.values());
        actionStatusBox.setConverter(EnumText.converter(texts));
        actionStatusBox.disableProperty().bind(actionsTable.getSelectionModel().selectedItemProperty().isNull());
        actionStatusBox.setOnAction(e -> {
            ActionRow row = actionsTable.getSelectionModel().getSelectedItem();
            if (row != null && actionStatusBox.getValue() != null) {
                model.actions().setStatus(row, actionStatusBox.getValue());
                actionStatusBox.setValue(null);
            }
        });
    }

    private void bindReviews() {
        participantsList.setItems(model.people().all());
        participantsList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        participantsList.setCellFactory(l -> new Cell<>(this::personName));
        reviewNotes.textProperty().bindBidirectional(model.reviews().notesProperty());
        for (ComboBox<PlanReview> box : List.of(compareFrom, compareTo)) {
            box.setItems(model.reviews().reviews());
            box.setCellFactory(l -> new Cell<>(this::reviewName));
        }
        Cols.named(compareFrom, this::reviewName, texts.get("plans.review.choose"));
        Cols.named(compareTo, this::reviewName, texts.get("plans.review.now"));
        compareFrom.valueProperty().bindBidirectional(model.reviews().compareFromProperty());
        compareTo.valueProperty().bindBidirectional(model.reviews().compareToProperty());
        changesList.setItems(model.reviews().changes());
        changesList.setPlaceholder(new Label(texts.get("plans.review.noChanges")));
        changesList.setCellFactory(l -> new Cell<>(this::changeText));
    }

    private String planName(AccountPlan p) {
        return texts.format("plans.planName", texts.date(p.start()), texts.date(p.end()), EnumText.of(texts, p.status()));
    }

    private String personName(PersonChoice p) {
        return p.kind() == PersonChoice.Kind.STAKEHOLDER ? texts.format("plans.clientPerson", p.name()) : p.name();
    }

    private String reviewName(PlanReview r) {
        return r.notes() == null || r.notes().isEmpty() ? texts.date(r.date()) : texts.date(r.date()) + " — " + r.notes();
    }

    private String changeText(SnapshotChange c) {
        return switch (c.kind()) {
            case ADDED -> texts.format("plans.change.added", c.item(), c.after());
            case REMOVED -> texts.format("plans.change.removed", c.item(), c.before());
            case CHANGED -> texts.format("plans.change.changed", c.item(), c.before(), c.after());
        };
    }

    @FXML
    private void createPlan() {
        model.newPlan().create();
    }

    @FXML
    private void activate() {
        model.activate();
    }

    @FXML
    private void closePlan() {
        model.closePlan();
    }

    @FXML
    private void savePlan() {
        model.content().save();
    }

    @FXML
    private void addObjective() {
        model.objectives().save();
    }

    /** While an item is edited, the form's button saves it and a cancel button shows. */
    private void editing(Button save, Button cancel, javafx.beans.binding.BooleanBinding edited, String addKey) {
        save.textProperty().bind(Bindings.when(edited).then(texts.get("plans.edit.save")).otherwise(texts.get(addKey)));
        cancel.visibleProperty().bind(edited);
        cancel.managedProperty().bind(edited);
    }

    @FXML
    private void editObjective() {
        ObjectiveRow row = objectivesTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.objectives().edit(row);
            objectiveTitle.requestFocus();
        }
    }

    @FXML
    private void cancelObjectiveEdit() {
        model.objectives().cancelEdit();
    }

    @FXML
    private void editAction() {
        ActionRow row = actionsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.actions().edit(row);
            actionWhat.requestFocus();
        }
    }

    @FXML
    private void cancelActionEdit() {
        model.actions().cancelEdit();
    }

    @FXML
    private void deleteObjective() {
        ObjectiveRow row = objectivesTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.objectives().delete(row);
        }
    }

    @FXML
    private void addAction() {
        model.actions().save();
    }

    @FXML
    private void addColleague() {
        model.actions().addColleague();
    }

    @FXML
    private void addObjectiveColleague() {
        model.objectives().addColleague();
    }

    @FXML
    private void deleteAction() {
        ActionRow row = actionsTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.actions().delete(row);
        }
    }

    @FXML
    private void recordReview() {
        model.reviews().record(List.copyOf(participantsList.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void saveAsTemplate() {
        model.newPlan().saveAsTemplate();
    }

    /** A list cell that shows an item by a name function. */
    static final class Cell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        Cell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
        }
    }
}
