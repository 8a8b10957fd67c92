package org.kamworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kamworkbench.service.export.CrmTarget;
import org.kamworkbench.service.export.ExportFormat;
import org.kamworkbench.service.export.ExportService;
import org.kamworkbench.service.export.ExportTable;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * File › Export for CRM…: choose the CRM, then the file; the update file is built and written off the
 * UI thread and the outcome told in one sentence (how many records, or that none came from that CRM).
 */
final class CrmExportDialog {
    private static final List<String> NAMES = List.of("Salesforce", "HubSpot", "Zoho CRM");

    private CrmExportDialog() {
    }

    /** @param tell shows the outcome: (title, sentence) */
    static void show(Window owner, Texts texts, Background background, ExportService exports,
                     BiConsumer<String, String> tell) {
        ChoiceDialog<CrmTarget> choice = new ChoiceDialog<>(CrmTarget.SALESFORCE, CrmTarget.values());
        choice.initOwner(owner);
        choice.setTitle(texts.get("crm.title"));
        choice.setHeaderText(texts.get("crm.header"));
        choice.setContentText(texts.get("crm.target"));
        StringConverter<CrmTarget> names = new StringConverter<>() {
            @Override
            public String toString(CrmTarget t) {
                return t == null ? "" : NAMES.get(t.ordinal());
            }

            @Override
            public CrmTarget fromString(String s) {
                return null;
            }
        };
        choice.getDialogPane().lookupAll(".combo-box").forEach(n -> {
            if (n instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<CrmTarget> targets = (javafx.scene.control.ComboBox<CrmTarget>) box;
                targets.setConverter(names);
            }
        });
        CrmTarget target = choice.showAndWait().orElse(null);
        if (target == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("crm.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("export.csvFiles"), "*.csv"));
        chooser.setInitialFileName("kam-" + target.presetName() + "-update.csv");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path path = ExportFormat.CSV.withExtension(file.toPath());
        String name = names.toString(target);
        background.run(texts.get("export.progress"), monitor -> {
            ExportTable table = exports.crm(target);
            if (!table.rows().isEmpty()) {
                exports.write(table, path, ExportFormat.CRM_CSV);
            }
            return table.rows().size();
        }, rows -> tell.accept(texts.get("crm.title"), rows == 0 ? texts.format("crm.none", name)
                : texts.format("crm.done", rows, name, path)),
                e -> tell.accept(texts.get("crm.title"), texts.format("crm.failed", e.getMessage())));
    }
}
