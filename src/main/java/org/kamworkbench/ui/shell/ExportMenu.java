package org.kamworkbench.ui.shell;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.ExportBar;
import org.kamworkbench.ui.common.FileOpener;
import org.kamworkbench.ui.common.FxBackground;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.reports.ReportDialog;
import org.kamworkbench.ui.reports.ReportDialogViewModel;

/** File › Export…, Export for CRM… and Report › Portfolio review…, on the open workspace. */
final class ExportMenu {
    private final Stage stage;
    private final ShellViewModel model;
    private final FxBackground background;
    private final Texts texts;

    ExportMenu(Stage stage, ShellViewModel model, FxBackground background, Texts texts) {
        this.stage = stage;
        this.model = model;
        this.background = background;
        this.texts = texts;
    }

    /** Presses the Export button of the table in view in {@code inView} (a screen or account page), if it has one. */
    void exportTable(Node inView) {
        if (inView == null || !ExportBar.pressVisible(inView)) {
            Alerts.inform(stage, texts.get("export.title"), texts.get("export.none"));
        }
    }

    void exportForCrm() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services != null) {
            CrmExportDialog.show(stage, texts, background, services.exports(),
                    (title, text) -> Alerts.inform(stage, title, text));
        }
    }

    /** The portfolio review pack of the open workspace (reports helper). */
    void portfolioReport() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services != null) {
            ReportDialogViewModel report = ReportDialogViewModel.portfolio(services, background, texts, FileOpener.SYSTEM);
            report.loadYears();
            new ReportDialog(report, texts).show(stage);
        }
    }
}
