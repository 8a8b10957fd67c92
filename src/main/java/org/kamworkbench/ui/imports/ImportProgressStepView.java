package org.kamworkbench.ui.imports;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Step 5: the import running, with its percentage; or why it stopped (cancelled, refused). */
public final class ImportProgressStepView {
    private final ImportWizardViewModel vm;

    @FXML private Label runningTitle;
    @FXML private Label stoppedTitle;
    @FXML private Label fileName;
    @FXML private VBox running;
    @FXML private ProgressBar progress;
    @FXML private Label percent;
    @FXML private Label progressMessage;
    @FXML private Label cancelling;
    @FXML private VBox stopped;
    @FXML private Label notice;
    @FXML private Label error;

    public ImportProgressStepView(ImportWizardViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        BackgroundWork work = vm.work();
        runningTitle.visibleProperty().bind(work.busyProperty());
        runningTitle.managedProperty().bind(work.busyProperty());
        stoppedTitle.visibleProperty().bind(work.busyProperty().not());
        stoppedTitle.managedProperty().bind(work.busyProperty().not());
        fileName.textProperty().bind(vm.choice().filePathProperty());
        running.visibleProperty().bind(work.busyProperty());
        running.managedProperty().bind(work.busyProperty());
        progress.progressProperty().bind(work.progressProperty());
        percent.textProperty().bind(work.percentProperty());
        progressMessage.textProperty().bind(work.messageProperty());
        cancelling.visibleProperty().bind(work.cancellingProperty());
        var hasOutcome = Bindings.or(vm.messages().noticeProperty().isNotEmpty(), vm.messages().errorProperty().isNotEmpty());
        stopped.visibleProperty().bind(work.busyProperty().not().and(hasOutcome));
        stopped.managedProperty().bind(stopped.visibleProperty());
        Labels.bindMessage(notice, vm.messages().noticeProperty());
        Labels.bindMessage(error, vm.messages().errorProperty());
    }
}
