package org.kamworkbench.ui.people;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.Competency;
import org.kamworkbench.service.team.Workload;
import org.kamworkbench.ui.account.ShownText;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Icons;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.Screen;
import org.kamworkbench.ui.common.ScreenContext;

/** The People screen's controller: our people with their workload, and the form beside them. */
public final class PeopleView implements Screen {
    private final PeopleViewModel model;
    private final Texts texts;
    private final Node loadedRoot;

    @FXML private TableView<Colleague> table;
    @FXML private TextField nameField;
    @FXML private TextField functionField;
    @FXML private TextField emailField;
    @FXML private TextField expertiseField;
    @FXML private TextField languagesField;
    @FXML private TextField capacityField;
    @FXML private GridPane competencyGrid;
    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;

    private PeopleView(PeopleViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        this.loadedRoot = Fxml.load(this, "PeopleView.fxml", texts);
    }

    public static Screen create(ScreenContext context) {
        PeopleViewModel model = new PeopleViewModel(context.services().account360().people(),
                context.services().account360().teams(), context.background(), context.texts(),
                context.shell()::dataChanged);
        PeopleView view = new PeopleView(model, context.texts());
        org.kamworkbench.ui.common.ExportBar.ofView(context.texts(), context.background(), context.services().exports(),
                context.texts().get("export.file.people"), view.table).above(view.table);
        model.load();
        return view;
    }

    @FXML
    private void initialize() {
        table.getColumns().setAll(List.of(
                column("people.col.name", Colleague::name, 200),
                column("people.col.function", Colleague::function, 180),
                column("people.col.expertise", c -> String.join(", ", c.expertise()), 220),
                column("people.col.languages", c -> String.join(", ", c.languages()), 150),
                column("people.col.load", this::load, 150),
                column("people.col.competency", this::competency, 130)));
        table.setItems(model.colleagues());
        table.setPlaceholder(new Label(texts.get("people.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        nameField.textProperty().bindBidirectional(model.name);
        functionField.textProperty().bindBidirectional(model.function);
        emailField.textProperty().bindBidirectional(model.email);
        expertiseField.textProperty().bindBidirectional(model.expertise);
        languagesField.textProperty().bindBidirectional(model.languages);
        capacityField.textProperty().bindBidirectional(model.capacity);
        int row = 0;
        for (Competency c : Competency.values()) {
            ComboBox<Integer> levels = new ComboBox<>();
            levels.getItems().setAll(null, 1, 2, 3, 4, 5);
            levels.setId("competency-" + c.name());
            levels.valueProperty().bindBidirectional(model.competencies.get(c));
            levels.setCellFactory(l -> levelCell());
            levels.setButtonCell(levelCell());
            levels.setPrefWidth(120);
            Label name = new Label(texts.get("competency." + c.name()));
            name.setWrapText(true); // "Knowledge of the client's industry" on two lines in a narrow form
            name.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            levels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            competencyGrid.add(name, 0, row);
            competencyGrid.add(levels, 1, row++);
        }
        newButton.setGraphic(Icons.ADD.graphic());
        deleteButton.setGraphic(Icons.DELETE.graphic());
        deleteButton.disableProperty().bind(model.selectedProperty().isNull());
        ShownText.bind(messageLabel, model.messageProperty());
        ShownText.bind(errorLabel, model.errorProperty());
    }

    private ListCell<Integer> levelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer level, boolean empty) {
                super.updateItem(level, empty);
                setText(empty ? null : level == null ? "—" : level + " / 5");
            }
        };
    }

    private String load(Colleague c) {
        Workload w = model.workload(c);
        if (w == null) {
            return "";
        }
        return w.capacity() == null ? texts.format("people.loadNoCapacity", w.accountsLed(), w.keyAccountsLed())
                : texts.format("people.load", w.accountsLed(), w.keyAccountsLed(), w.capacity());
    }

    private String competency(Colleague c) {
        if (c.competencies().isEmpty()) {
            return "";
        }
        double mean = c.competencies().values().stream().mapToInt(Integer::intValue).average().orElse(0);
        return texts.format("people.competencyMean", mean);
    }

    private TableColumn<Colleague, String> column(String key, Function<Colleague, String> value, double width) {
        TableColumn<Colleague, String> column = new TableColumn<>(texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }


    @FXML
    private void newPerson() {
        model.newPerson();
        nameField.requestFocus();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void deleteSelected() {
        model.deleteSelected();
    }

    @Override
    public Node root() {
        return loadedRoot;
    }

    @Override
    public void refresh() {
        model.load();
    }
}
