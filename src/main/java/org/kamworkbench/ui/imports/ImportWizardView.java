package org.kamworkbench.ui.imports;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The wizard's frame: step indicator, the current step, Back / Next / Cancel. */
public final class ImportWizardView {
    private final ImportWizardViewModel vm;
    private final Map<WizardStep, Node> stepIndicators = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Node> stepPanes = new EnumMap<>(WizardStep.class);
    private double fullIndicatorWidth = -1;

    @FXML private BorderPane root;
    @FXML private HBox stepIndicator;
    @FXML private Node chooseStep;
    @FXML private Node previewStep;
    @FXML private Node mappingStep;
    @FXML private Node validationStep;
    @FXML private Node importStep;
    @FXML private Node summaryStep;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    public ImportWizardView(ImportWizardViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        stepPanes.put(WizardStep.CHOOSE, chooseStep);
        stepPanes.put(WizardStep.PREVIEW, previewStep);
        stepPanes.put(WizardStep.MAPPING, mappingStep);
        stepPanes.put(WizardStep.VALIDATION, validationStep);
        stepPanes.put(WizardStep.IMPORT, importStep);
        stepPanes.put(WizardStep.SUMMARY, summaryStep);
        buildIndicator();
        stepIndicator.widthProperty().addListener((o, old, width) -> compactWhenNarrow(width.doubleValue()));
        nextButton.textProperty().bind(vm.nextTextProperty());
        nextButton.disableProperty().bind(vm.canGoNextProperty().not());
        backButton.disableProperty().bind(vm.canGoBackProperty().not());
        var onSummary = vm.stepProperty().isEqualTo(WizardStep.SUMMARY);
        backButton.visibleProperty().bind(onSummary.not());
        backButton.managedProperty().bind(onSummary.not());
        cancelButton.visibleProperty().bind(onSummary.not());
        cancelButton.managedProperty().bind(onSummary.not());
        // On the summary Close is the only button: Enter and Esc both close.
        nextButton.cancelButtonProperty().bind(onSummary);
        cancelButton.disableProperty().bind(vm.work().cancellingProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::enterMeansNext);
        vm.stepProperty().addListener((o, old, now) -> showStep(now));
        showStep(vm.stepProperty().get());
    }

    private void buildIndicator() {
        for (WizardStep step : WizardStep.values()) {
            Label number = new Label(String.valueOf(step.ordinal() + 1));
            number.getStyleClass().add("step-number");
            Label name = new Label(vm.text().label(step), number);
            name.getStyleClass().add("step-label");
            if (step.ordinal() > 0) {
                Label arrow = new Label("›");
                arrow.getStyleClass().add("step-arrow");
                stepIndicator.getChildren().add(arrow);
            }
            stepIndicator.getChildren().add(name);
            stepIndicators.put(step, name);
        }
    }

    /**
     * In a narrow window (a small projector) only the current step keeps its name; the others show
     * their number. The full width is measured once, while every name is shown.
     */
    private void compactWhenNarrow(double width) {
        if (fullIndicatorWidth < 0) {
            double children = stepIndicator.getChildren().stream().mapToDouble(n -> n.prefWidth(-1)).sum();
            fullIndicatorWidth = children + stepIndicator.getSpacing() * (stepIndicator.getChildren().size() - 1)
                    + 24; // room for the bold current step
        }
        boolean compact = width < fullIndicatorWidth;
        stepIndicator.getStyleClass().remove("compact");
        if (compact) {
            stepIndicator.getStyleClass().add("compact");
        }
    }

    private void showStep(WizardStep current) {
        stepIndicators.forEach((step, node) -> {
            node.getStyleClass().removeAll("current", "done");
            if (step == current) {
                node.getStyleClass().add("current");
            } else if (step.ordinal() < current.ordinal()) {
                node.getStyleClass().add("done");
            }
        });
        stepPanes.forEach((step, pane) -> {
            pane.setVisible(step == current);
            pane.setManaged(step == current);
        });
        // The step's main control takes the focus, so the keyboard user can go on at once.
        Platform.runLater(() -> stepPanes.get(current).lookupAll(".initial-focus").stream()
                .filter(ImportWizardView::shown).findFirst().orElse(nextButton).requestFocus());
    }

    /**
     * Enter = Next, also when a check box, radio button or closed combo box has the focus: JavaFX
     * would toggle the check box (or swallow the key) instead of reaching the default button.
     */
    private void enterMeansNext(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isAltDown() || event.isControlDown() || event.isShiftDown()) {
            return;
        }
        Node focus = root.getScene().getFocusOwner();
        boolean toggle = focus instanceof CheckBox || focus instanceof RadioButton;
        boolean closedChoice = focus instanceof ComboBoxBase<?> choice && !choice.isShowing();
        if (toggle || closedChoice) {
            event.consume();
            if (!nextButton.isDisabled()) {
                nextButton.fire();
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void next() {
        vm.next();
    }

    @FXML
    private void back() {
        vm.back();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }
}
