package org.kamworkbench.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kamworkbench.service.imports.ImportProblem;

/** Step 6: what the import did. */
public final class SummaryStepView {
    private final ImportWizardViewModel vm;
    private final SummaryViewModel summary;

    @FXML private Label title;
    @FXML private Label rows;
    @FXML private Label added;
    @FXML private Label updated;
    @FXML private Label unchanged;
    @FXML private Label addedCaption;
    @FXML private Label updatedCaption;
    @FXML private Label unchangedCaption;
    @FXML private Label skipped;
    @FXML private Label mapping;
    @FXML private Label warnings;
    @FXML private VBox problemsGroup;
    @FXML private TableView<ImportProblem> problems;
    @FXML private Label moreProblems;

    public SummaryStepView(ImportWizardViewModel vm) {
        this.vm = vm;
        this.summary = vm.summary();
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(summary.titleProperty());
        rows.textProperty().bind(summary.rowsProperty());
        added.textProperty().bind(summary.addedProperty());
        updated.textProperty().bind(summary.updatedProperty());
        unchanged.textProperty().bind(summary.unchangedProperty());
        addedCaption.textProperty().bind(summary.addedCaptionProperty());
        updatedCaption.textProperty().bind(summary.updatedCaptionProperty());
        unchangedCaption.textProperty().bind(summary.unchangedCaptionProperty());
        Labels.bindMessage(skipped, summary.skippedProperty());
        mapping.textProperty().bind(summary.mappingProperty());
        Labels.bindMessage(warnings, summary.warningsProperty());
        ProblemColumns.install(problems, summary.problems(), vm.text());
        problemsGroup.visibleProperty().bind(Bindings.isNotEmpty(summary.problems().problems()));
        problemsGroup.managedProperty().bind(problemsGroup.visibleProperty());
        Labels.bindMessage(moreProblems, summary.problems().moreProperty());
    }
}
