package org.kamworkbench.ui.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Colleague;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;

/**
 * The form to add or edit a stakeholder. OK saves through the view model and stays open with the
 * reason when the save is refused (a circle in reports-to, a bad value); Escape cancels.
 */
final class StakeholderDialog {
    private final StakeholdersViewModel model;
    private final Texts texts;
    private final Stakeholder editing;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    @FXML private TextField nameField;
    @FXML private TextField titleField;
    @FXML private TextField departmentField;
    @FXML private TextField emailField;
    @FXML private ComboBox<Stakeholder> reportsToBox;
    @FXML private ComboBox<BuyingRole> roleBox;
    @FXML private ComboBox<Integer> influenceBox;
    @FXML private ComboBox<Attitude> attitudeBox;
    @FXML private ComboBox<RelationshipStrength> relationshipBox;
    @FXML private ComboBox<Colleague> ownerBox;
    @FXML private DatePicker lastContactPicker;
    @FXML private TextArea notesArea;
    @FXML private Label errorLabel;

    StakeholderDialog(StakeholdersViewModel model, Texts texts, Stakeholder editing, Window owner) {
        this.model = model;
        this.texts = texts;
        this.editing = editing;
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(editing == null ? "stakeholder.add.title" : "stakeholder.edit.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(Fxml.load(this, "StakeholderForm.fxml", texts));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(texts.get("stakeholder.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            save();
        });
    }

    @FXML
    private void initialize() {
        org.kamworkbench.ui.common.DateFields.use(texts, lastContactPicker);
        List<Stakeholder> managers = new ArrayList<>();
        managers.add(null);
        model.stakeholders().stream().filter(s -> editing == null || s.id() != editing.id()).forEach(managers::add);
        reportsToBox.getItems().setAll(managers);
        EnumTexts.show(reportsToBox, Stakeholder::name, texts.get("stakeholders.nobody"));
        roleBox.getItems().setAll(withNone(BuyingRole.values()));
        EnumTexts.show(roleBox, EnumTexts.of(texts, "buyingRole"), texts.get("stakeholder.notKnown"));
        influenceBox.getItems().setAll(null, 1, 2, 3, 4, 5);
        EnumTexts.show(influenceBox, i -> texts.get("influence." + i), texts.get("stakeholder.notKnown"));
        attitudeBox.getItems().setAll(withNone(Attitude.values()));
        EnumTexts.show(attitudeBox, EnumTexts.of(texts, "attitude"), texts.get("stakeholder.notKnown"));
        relationshipBox.getItems().setAll(withNone(RelationshipStrength.values()));
        EnumTexts.show(relationshipBox, EnumTexts.of(texts, "relationship"), texts.get("stakeholder.notKnown"));
        List<Colleague> owners = new ArrayList<>();
        owners.add(null);
        owners.addAll(model.colleagues());
        ownerBox.getItems().setAll(owners);
        EnumTexts.show(ownerBox, Colleague::name, texts.get("stakeholders.nobody"));
        errorLabel.visibleProperty().bind(errorLabel.textProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        if (editing != null) {
            nameField.setText(editing.name());
            titleField.setText(editing.title());
            departmentField.setText(editing.department());
            emailField.setText(editing.email());
            reportsToBox.setValue(model.find(editing.reportsToId()));
            roleBox.setValue(editing.buyingRole());
            influenceBox.setValue(editing.influence());
            attitudeBox.setValue(editing.attitude());
            relationshipBox.setValue(editing.relationship());
            ownerBox.setValue(owners.stream().filter(c -> c != null && editing.contactOwnerId() != null
                    && c.id() == editing.contactOwnerId()).findFirst().orElse(null));
            lastContactPicker.setValue(editing.lastContact());
            notesArea.setText(editing.notes());
        } else {
            reportsToBox.setValue(null);
        }
    }

    @SafeVarargs
    private static <T> List<T> withNone(T... values) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(Arrays.asList(values));
        return all;
    }

    private void save() {
        Stakeholder manager = reportsToBox.getValue();
        Colleague owner = ownerBox.getValue();
        Stakeholder s = new Stakeholder(editing == null ? 0 : editing.id(), model.accountId(), nameField.getText(),
                titleField.getText(), departmentField.getText(), emailField.getText(),
                manager == null ? null : manager.id(), roleBox.getValue(), influenceBox.getValue(),
                attitudeBox.getValue(), relationshipBox.getValue(), owner == null ? null : owner.id(),
                lastContactPicker.getValue(), notesArea.getText());
        errorLabel.setText("");
        model.save(s, errorLabel::setText, () -> {
            dialog.setResult(ButtonType.OK);
            dialog.close();
        });
    }

    void show() {
        dialog.show();
        nameField.requestFocus();
    }

    /** The form's content, for tests. */
    Node content() {
        return dialog.getDialogPane();
    }
}
