package org.kamworkbench.ui.imports;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportProblem;

/** Step 4: checking the whole file, the report, and the choices that decide what is imported. */
public final class ValidationStepView {
    private static final PseudoClass NEEDED = PseudoClass.getPseudoClass("needed");

    private final ImportWizardViewModel vm;
    private final ValidationViewModel validation;
    private final ToggleGroup modes = new ToggleGroup();

    @FXML private VBox checking;
    @FXML private ProgressBar progress;
    @FXML private Label percent;
    @FXML private Label progressMessage;
    @FXML private HBox stats;
    @FXML private Label rowsRead;
    @FXML private Label validRows;
    @FXML private Label problemCount;
    @FXML private Label verdict;
    @FXML private Label error;
    @FXML private CheckBox skipInvalid;
    @FXML private VBox revenueGroup;
    @FXML private RadioButton newPeriodsOnly;
    @FXML private RadioButton replace;
    @FXML private RadioButton add;
    @FXML private CheckBox inverseRates;
    @FXML private HBox currencyGroup;
    @FXML private Label currencyLabel;
    @FXML private ComboBox<String> currency;
    @FXML private CheckBox createAccounts;
    @FXML private VBox revenueNotesGroup;
    @FXML private Label revenueNotes;
    @FXML private Button importFx;
    @FXML private VBox problemsGroup;
    @FXML private TableView<ImportProblem> problems;
    @FXML private Label moreProblems;

    public ValidationStepView(ImportWizardViewModel vm) {
        this.vm = vm;
        this.validation = vm.validation();
    }

    @FXML
    private void initialize() {
        BackgroundWork work = vm.work();
        showWhen(checking, work.busyProperty());
        progress.progressProperty().bind(work.progressProperty());
        percent.textProperty().bind(work.percentProperty());
        progressMessage.textProperty().bind(work.messageProperty());

        showWhen(stats, validation.reportProperty().isNotNull());
        rowsRead.textProperty().bind(validation.rowsReadProperty());
        validRows.textProperty().bind(validation.validRowsProperty());
        problemCount.textProperty().bind(validation.problemCountProperty());
        Labels.bindMessage(verdict, validation.verdictProperty());
        validation.toneProperty().addListener((o, old, now) -> tone(now));
        tone(validation.toneProperty().get());
        Labels.bindMessage(error, vm.messages().errorProperty());

        skipInvalid.selectedProperty().bindBidirectional(validation.skipInvalidProperty());
        bindRevenueModes();
        showWhen(revenueGroup, vm.choice().kindProperty().isEqualTo(ImportKind.REVENUE));
        validation.modeChoiceNeededProperty().addListener(
                (o, old, now) -> revenueGroup.pseudoClassStateChanged(NEEDED, now));
        inverseRates.selectedProperty().bindBidirectional(validation.inverseRatesProperty());
        showWhen(inverseRates, vm.choice().kindProperty().isEqualTo(ImportKind.FX));

        ObservableBooleanValue revenue = vm.choice().kindProperty().isEqualTo(ImportKind.REVENUE);
        currency.setItems(validation.currencies());
        currency.valueProperty().bindBidirectional(validation.currencyProperty());
        currencyLabel.setLabelFor(currency);
        showWhen(currencyGroup, Bindings.and(revenue, validation.currencyNeededProperty()));
        createAccounts.selectedProperty().bindBidirectional(validation.createAccountsProperty());
        showWhen(createAccounts, revenue);
        revenueNotes.textProperty().bind(validation.revenueNotesProperty());
        showWhen(revenueNotesGroup, Bindings.and(revenue, Bindings.isNotEmpty(validation.revenueNotesProperty())));
        showWhen(importFx, validation.ratesMissingProperty());

        ProblemColumns.install(problems, validation.problems(), vm.text());
        showWhen(problemsGroup, Bindings.isNotEmpty(validation.problems().problems()));
        Labels.bindMessage(moreProblems, validation.problems().moreProperty());
    }

    @FXML
    private void importFx() {
        vm.importFxRates();
    }

    private void bindRevenueModes() {
        Map<RevenueMode, RadioButton> buttons = Map.of(RevenueMode.NEW_PERIODS_ONLY, newPeriodsOnly,
                RevenueMode.REPLACE, replace, RevenueMode.ADD, add);
        buttons.forEach((mode, button) -> {
            button.setToggleGroup(modes);
            button.setUserData(mode);
        });
        buttons.get(validation.revenueModeProperty().get()).setSelected(true);
        modes.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                validation.revenueModeProperty().set((RevenueMode) now.getUserData());
            }
        });
        validation.revenueModeProperty().addListener((o, old, now) -> buttons.get(now).setSelected(true));
    }

    private void tone(Tone tone) {
        verdict.getStyleClass().removeAll("success", "warning", "danger");
        verdict.getStyleClass().add(tone.name().toLowerCase(Locale.ROOT));
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
