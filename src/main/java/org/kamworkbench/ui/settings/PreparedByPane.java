package org.kamworkbench.ui.settings;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kamworkbench.ui.common.Fxml;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.ScreenContext;

/** The "Reports" tab of the settings: the "Prepared by" block of the report covers. */
final class PreparedByPane {
    private final PreparedByViewModel model;
    private final Texts texts;

    @FXML private VBox root;
    @FXML private TextField nameField;
    @FXML private TextField organisationField;
    @FXML private Label logoLabel;
    @FXML private Label errorLabel;
    @FXML private Label messageLabel;

    private PreparedByPane(PreparedByViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    static Tab tab(ScreenContext context) {
        PreparedByViewModel model = new PreparedByViewModel(context.services().reports(), context.background(),
                context.texts());
        PreparedByPane pane = new PreparedByPane(model, context.texts());
        Tab tab = new Tab(context.texts().get("settings.tab.reports"),
                Fxml.load(pane, "PreparedByPane.fxml", context.texts()));
        tab.setId("reportsTab");
        tab.setClosable(false);
        model.load();
        return tab;
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.nameProperty());
        organisationField.textProperty().bindBidirectional(model.organisationProperty());
        logoLabel.textProperty().bind(model.logoTextProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        messageLabel.textProperty().bind(model.messageProperty());
    }

    @FXML
    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("preparedBy.chooseLogo"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("preparedBy.images"),
                "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.chooseLogo(file.toPath());
        }
    }

    @FXML
    private void removeLogo() {
        model.removeLogo();
    }

    @FXML
    private void save() {
        model.save();
    }
}
