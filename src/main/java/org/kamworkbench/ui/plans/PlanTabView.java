package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.plan.SnapshotChange;
import org.kamworkbench.ui.common.AccountTab;
import org.kamworkbench.ui.common.DateFields;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Refreshable;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.plans.ActionsEditor.ActionRow;
import org.kamworkbench.ui.plans.ObjectivesEditor.ObjectiveRow;

/** The account page's "Plan" tab: binds {@link PlanTabViewModel} to PlanTabView.fxml, one part per class. */
public final class PlanTabView {
    public static final AccountTab TAB = new AccountTab("plan", "plans.tab.plan", PlanTabView::create);

    private final PlanTabViewModel model;
    private final Texts texts;
    private final Parent root;
    private ItemTable<ObjectiveRow> objectives;
    private ItemTable<ActionRow> actions;

    @FXML private ComboBox<AccountPlan> planBox;
    @FXML private Label planStatus;
    @FXML private Button activateButton;
    @FXML private Button closeButton;
    @FXML private TitledPane newPlanPane;
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
        PlanTables.exportBars(context, view.objectivesTable, view.actionsTable);
        model.refresh();
        return Refreshable.mark(view.root, model::refresh);
    }

    @FXML
    private void initialize() {
        DateFields.use(texts, newStart, newEnd, startPicker, endPicker, objectiveDue, actionDue);
        ItemTable.editingButtons(texts, addObjectiveButton, cancelObjectiveButton,
                model.objectives().editedProperty().isNotNull(), "plans.objective.add");
        ItemTable.editingButtons(texts, addActionButton, cancelActionButton,
                model.actions().editedProperty().isNotNull(), "plans.action.add");
        objectives = new ItemTable<>(objectivesTable, objectiveTitle, model.objectives()::edit,
                model.objectives()::delete);
        actions = new ItemTable<>(actionsTable, actionWhat, model.actions()::edit, model.actions()::delete);
        PlanLabels labels = new PlanLabels(texts);
        PlanChooser.bind(model, texts, labels, planBox, planStatus, activateButton, closeButton);
        PlanChooser.newPlan(model.newPlan(), texts, newPlanPane, newStart, newEnd, templateBox,
                model.newPlanOpenProperty());
        planContent.visibleProperty().bind(model.hasPlanProperty());
        planContent.managedProperty().bind(model.hasPlanProperty());
        planContent.disableProperty().bind(model.editableProperty().not());
        bindContent(model.content());

        PlanForms forms = new PlanForms(model, texts, labels);
        PlanTables.objectives(texts, objectivesTable, model.objectives());
        forms.objective(objectiveTitle, objectiveDue, objectiveOwner, objectiveKpi, objectiveTarget,
                objectiveTargetNumber, objectiveNewColleague);
        RowStatusBox.bind(texts, objectiveStatusBox, ObjectiveStatus.values(), objectivesTable,
                model.objectives()::setStatus);
        PlanTables.actions(texts, actionsTable, model.actions());
        forms.action(actionWhat, actionWho, actionHow, actionDue, actionObjective, newColleague);
        RowStatusBox.bind(texts, actionStatusBox, ActionStatus.values(), actionsTable, model.actions()::setStatus);
        forms.review(participantsList, reviewNotes);
        ReviewComparison.bind(model.reviews(), texts, labels, compareFrom, compareTo, changesList);
        templateName.textProperty().bindBidirectional(model.newPlan().templateNameProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        errorLabel.visibleProperty().bind(errorLabel.managedProperty());
    }

    private void bindContent(PlanContentForm content) {
        startPicker.valueProperty().bindBidirectional(content.startProperty());
        endPicker.valueProperty().bindBidirectional(content.endProperty());
        challengesArea.textProperty().bindBidirectional(content.challengesProperty());
        economicArea.textProperty().bindBidirectional(content.economicIssuesProperty());
        strengthsArea.textProperty().bindBidirectional(content.strengthsProperty());
        weaknessesArea.textProperty().bindBidirectional(content.weaknessesProperty());
        opportunitiesArea.textProperty().bindBidirectional(content.opportunitiesProperty());
        threatsArea.textProperty().bindBidirectional(content.threatsProperty());
        recommendationsArea.textProperty().bindBidirectional(content.recommendationsProperty());
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
    private void saveAsTemplate() {
        model.newPlan().saveAsTemplate();
    }

    @FXML
    private void addObjective() {
        model.objectives().save();
    }

    @FXML
    private void editObjective() {
        objectives.editSelected();
    }

    @FXML
    private void cancelObjectiveEdit() {
        model.objectives().cancelEdit();
    }

    @FXML
    private void deleteObjective() {
        objectives.deleteSelected();
    }

    @FXML
    private void addObjectiveColleague() {
        model.objectives().addColleague();
    }

    @FXML
    private void addAction() {
        model.actions().save();
    }

    @FXML
    private void editAction() {
        actions.editSelected();
    }

    @FXML
    private void cancelActionEdit() {
        model.actions().cancelEdit();
    }

    @FXML
    private void deleteAction() {
        actions.deleteSelected();
    }

    @FXML
    private void addColleague() {
        model.actions().addColleague();
    }

    @FXML
    private void recordReview() {
        model.reviews().record(List.copyOf(participantsList.getSelectionModel().getSelectedItems()));
    }
}
