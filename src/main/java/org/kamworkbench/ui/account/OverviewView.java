package org.kamworkbench.ui.account;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.kamworkbench.service.account.GroupMember;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.ScreenContext;
import org.kamworkbench.ui.common.ShellActions;

/** The Overview tab's controller: binds the profile form, needs, notes and group to {@link OverviewViewModel}. */
public final class OverviewView {
    private final OverviewViewModel model;
    private final Texts texts;
    private final ShellActions shell;

    @FXML private Label externalIdLabel;
    @FXML private TextField nameField;
    @FXML private TextField ownerField;
    @FXML private TextField countryField;
    @FXML private TextField regionField;
    @FXML private TextField divisionField;
    @FXML private TextField industryField;
    @FXML private TextField typeField;
    @FXML private TextField currencyField;
    @FXML private TextField annualRevenueField;
    @FXML private TextField employeesField;
    @FXML private TextField parentField;
    @FXML private TextField websiteField;
    @FXML private Button saveProfileButton;
    @FXML private Label profileMessage;
    @FXML private Label profileError;
    @FXML private TextField languagesField;
    @FXML private TextField expertiseField;
    @FXML private ComboBox<Integer> complexityBox;
    @FXML private TextArea notesArea;
    @FXML private Label needsMessage;
    @FXML private Label needsError;
    @FXML private Label groupLabel;
    @FXML private Hyperlink parentLink;
    @FXML private TableView<GroupMember> childrenTable;

    private OverviewView(OverviewViewModel model, Texts texts, ShellActions shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
    }

    public static Parent create(ScreenContext context, Long accountId) {
        OverviewViewModel model = new OverviewViewModel(context.services().account360().pages(), accountId,
                context.background(), context.texts(), context.shell()::dataChanged);
        Parent root = Fxml.load(new OverviewView(model, context.texts(), context.shell()), "OverviewView.fxml",
                context.texts());
        model.load();
        return AccountTabs.onRefresh(root, model::load);
    }

    @FXML
    private void initialize() {
        externalIdLabel.textProperty().bind(model.externalIdProperty());
        nameField.textProperty().bindBidirectional(model.name);
        ownerField.textProperty().bindBidirectional(model.owner);
        countryField.textProperty().bindBidirectional(model.country);
        regionField.textProperty().bindBidirectional(model.region);
        divisionField.textProperty().bindBidirectional(model.division);
        industryField.textProperty().bindBidirectional(model.industry);
        typeField.textProperty().bindBidirectional(model.type);
        currencyField.textProperty().bindBidirectional(model.currency);
        annualRevenueField.textProperty().bindBidirectional(model.annualRevenue);
        employeesField.textProperty().bindBidirectional(model.employees);
        parentField.textProperty().bindBidirectional(model.parent);
        websiteField.textProperty().bindBidirectional(model.website);
        languagesField.textProperty().bindBidirectional(model.languages);
        expertiseField.textProperty().bindBidirectional(model.expertise);
        complexityBox.getItems().setAll(null, 1, 2, 3, 4, 5);
        complexityBox.valueProperty().bindBidirectional(model.complexity);
        complexityBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer level) {
                return level == null ? texts.get("overview.complexity.none") : texts.get("overview.complexity." + level);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        notesArea.textProperty().bindBidirectional(model.notes);
        ShownText.bind(profileMessage, model.profileMessageProperty());
        ShownText.bind(profileError, model.profileErrorProperty());
        ShownText.bind(needsMessage, model.needsMessageProperty());
        ShownText.bind(needsError, model.needsErrorProperty());
        groupLabel.textProperty().bind(model.groupTextProperty());
        parentLink.visibleProperty().bind(model.parentAccountProperty().isNotNull());
        parentLink.managedProperty().bind(parentLink.visibleProperty());
        model.parentAccountProperty().addListener((o, was, p) -> parentLink.setText(p == null ? ""
                : texts.format("overview.parent", p.name(), p.externalId())));
        parentLink.setOnAction(e -> {
            if (model.parentAccountProperty().get() != null) {
                shell.openAccount(model.parentAccountProperty().get().id());
            }
        });
        buildChildren();
    }

    private void buildChildren() {
        TableColumn<GroupMember, String> name = new TableColumn<>(texts.get("overview.child.name"));
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().name()));
        name.setPrefWidth(260);
        TableColumn<GroupMember, String> id = new TableColumn<>(texts.get("overview.child.id"));
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().account().externalId()));
        id.setPrefWidth(140);
        TableColumn<GroupMember, BigDecimal> revenue = new TableColumn<>(texts.get("overview.child.revenue"));
        revenue.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().rolledUpRevenue()));
        revenue.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : texts.money(value, model.reportingCurrency()));
            }
        });
        revenue.getStyleClass().add("numeric");
        revenue.setPrefWidth(180);
        childrenTable.getColumns().setAll(java.util.List.of(name, id, revenue));
        childrenTable.setItems(model.children());
        childrenTable.setPlaceholder(new Label(texts.get("overview.noChildren")));
        childrenTable.setRowFactory(t -> {
            TableRow<GroupMember> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    shell.openAccount(row.getItem().account().id());
                }
            });
            return row;
        });
    }


    @FXML
    private void saveProfile() {
        model.saveProfile();
    }

    @FXML
    private void saveNeeds() {
        model.saveNeeds();
    }
}
