package org.kamworkbench.ui.account;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.LeadAssignment;
import org.kamworkbench.service.team.FitReason;
import org.kamworkbench.service.team.ManagerFit;
import org.kamworkbench.service.team.TeamMember;
import org.kamworkbench.service.team.Workload;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.ScreenContext;

/** The Team tab's controller: team table, add/remove, best managers with one-click lead, lead history. */
public final class TeamView {
    static final String[] ROLES = {"team.role.legal", "team.role.finance", "team.role.supplyChain",
        "team.role.product", "team.role.service", "team.role.technical"};

    private final TeamViewModel model;
    private final Texts texts;

    @FXML private TableView<TeamMember> teamTable;
    @FXML private ComboBox<Colleague> personBox;
    @FXML private ComboBox<String> roleBox;
    @FXML private Button addButton;
    @FXML private Button removeButton;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private ListView<ManagerFit> candidateList;
    @FXML private ListView<LeadAssignment> historyList;

    private TeamView(TeamViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    public static Parent create(ScreenContext context, Long accountId) {
        TeamViewModel model = new TeamViewModel(context.services().account360().teams(),
                context.services().account360().people(), accountId, context.background(), context.texts(),
                context.shell()::dataChanged);
        Parent root = Fxml.load(new TeamView(model, context.texts()), "TeamView.fxml", context.texts());
        model.load();
        return AccountTabs.onRefresh(root, model::load);
    }

    @FXML
    private void initialize() {
        TableColumn<TeamMember, String> name = new TableColumn<>(texts.get("team.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>((c.getValue().lead() ? "★ " : "")
                + c.getValue().colleague().name()));
        name.setPrefWidth(220);
        TableColumn<TeamMember, String> role = new TableColumn<>(texts.get("team.col.role"));
        role.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().role()));
        role.setPrefWidth(200);
        TableColumn<TeamMember, String> function = new TableColumn<>(texts.get("team.col.function"));
        function.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().colleague().function()));
        function.setPrefWidth(200);
        teamTable.getColumns().setAll(java.util.List.of(name, role, function));
        teamTable.setItems(model.team());
        teamTable.setPlaceholder(new Label(texts.get("team.empty")));
        personBox.setItems(model.colleagues());
        EnumTexts.show(personBox, Colleague::name, "");
        for (String key : ROLES) {
            roleBox.getItems().add(texts.get(key));
        }
        addButton.setGraphic(Icons.ADD.graphic());
        removeButton.setGraphic(Icons.DELETE.graphic());
        removeButton.disableProperty().bind(teamTable.getSelectionModel().selectedItemProperty().isNull());
        ShownText.bind(messageLabel, model.messageProperty());
        ShownText.bind(errorLabel, model.errorProperty());
        candidateList.setItems(model.candidates());
        candidateList.setPlaceholder(new Label(texts.get("team.noCandidates")));
        candidateList.setCellFactory(list -> new FitCell());
        historyList.setItems(model.history());
        historyList.setPlaceholder(new Label(texts.get("team.noHistory")));
        historyList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LeadAssignment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.endedOn() == null
                        ? texts.format("team.history.current", model.nameOf(a.colleagueId()), texts.date(a.assignedOn()))
                        : texts.format("team.history.past", model.nameOf(a.colleagueId()), texts.date(a.assignedOn()),
                        texts.date(a.endedOn())));
            }
        });
    }

    /** A candidate: name, score, workload, reasons and the one-click assignment. */
    private final class FitCell extends ListCell<ManagerFit> {
        @Override
        protected void updateItem(ManagerFit f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(f.colleague().name());
            name.getStyleClass().add("section-title");
            Label score = new Label(texts.format("team.fit.score", f.score()));
            score.getStyleClass().add("fit-score");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button assign = new Button(texts.get(f.currentLead() ? "team.isLead" : "team.assignLead"),
                    Icons.LEAD.graphic());
            assign.setDisable(f.currentLead());
            assign.setOnAction(e -> model.assignLead(f.colleague()));
            HBox top = new HBox(12, name, score, spacer, assign);
            top.setAlignment(Pos.CENTER_LEFT);
            Label load = new Label(workload(f.workload()) + (f.available() ? "" : " · " + texts.get("team.full")));
            load.getStyleClass().add("text-muted");
            load.setWrapText(true);
            load.setMinHeight(Region.USE_PREF_SIZE);
            VBox reasons = new VBox(2);
            for (FitReason r : f.reasons()) {
                Label reason = new Label((r.met() ? "✓ " : "✗ ") + texts.format("fit." + r.kind().name() + "."
                        + (r.met() ? "met" : "missed"), r.detail()));
                reason.getStyleClass().add(r.met() ? "reason-met" : "reason-missed");
                reason.setWrapText(true);
                reason.setMinHeight(Region.USE_PREF_SIZE);
                reasons.getChildren().add(reason);
            }
            VBox box = new VBox(4, top, load, reasons);
            box.getStyleClass().add("fit-card");
            if (!f.available()) {
                box.getStyleClass().add("unavailable");
            }
            box.setId("fit-" + f.colleague().id());
            // as wide as the list: the assign button stays in sight and reasons wrap
            box.prefWidthProperty().bind(candidateList.widthProperty().subtract(36));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            setGraphic(box);
        }
    }

    private String workload(Workload w) {
        String capacity = w.capacity() == null ? texts.get("team.noCapacity") : String.valueOf(w.capacity());
        String text = texts.format("team.workload", w.accountsLed(), w.keyAccountsLed(), capacity, w.teamsOn());
        if (w.revenueManaged() != null) {
            text += " · " + texts.format("team.revenueManaged", texts.amount(w.revenueManaged()), w.revenueYear());
        }
        return text;
    }


    @FXML
    private void addMember() {
        model.addMember(personBox.getValue(), roleBox.getEditor().getText() == null || roleBox.getEditor().getText()
                .isBlank() ? roleBox.getValue() : roleBox.getEditor().getText());
    }

    @FXML
    private void removeMember() {
        model.remove(teamTable.getSelectionModel().getSelectedItem());
    }
}
