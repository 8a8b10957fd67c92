package org.kamworkbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Texts;

/** The dialogs of File › Export workspace… and Import workspace…; the work is {@link ArchiveActions}'. */
final class ArchiveMenu {
    private static final String ARCHIVE_EXTENSION = "*.kamx";

    private final Stage stage;
    private final ShellViewModel model;
    private final ArchiveActions actions;
    private final Texts texts;

    ArchiveMenu(Stage stage, ShellViewModel model, ArchiveActions actions, Texts texts) {
        this.stage = stage;
        this.model = model;
        this.actions = actions;
        this.texts = texts;
    }

    void export() {
        WorkspaceServices services = model.workspaceProperty().get();
        if (services == null) {
            return;
        }
        FileChooser chooser = chooser("archive.export.title", services.location().file().orElse(null));
        chooser.setInitialFileName(services.name() + ".kamx");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path out = withSuffix(file.toPath(), ".kamx");
        new ArchivePasswordDialog(texts).askNew(stage).ifPresent(password -> actions.export(services, out,
                password.length == 0 ? null : password,
                done -> {
                    ArchivePasswordDialog.clear(password);
                    alert(Alert.AlertType.INFORMATION, "archive.export.title", done);
                },
                failed -> {
                    ArchivePasswordDialog.clear(password);
                    alert(Alert.AlertType.ERROR, "archive.export.title", failed);
                }));
    }

    void importArchive() {
        WorkspaceServices current = model.workspaceProperty().get();
        File archive = chooser("archive.import.title", current == null ? null : current.location().file().orElse(null)).showOpenDialog(stage);
        if (archive == null) {
            return;
        }
        FileChooser target = new FileChooser();
        target.setTitle(texts.get("archive.import.targetTitle"));
        target.setInitialDirectory(archive.getParentFile());
        String name = archive.getName();
        target.setInitialFileName(actions.freeWorkspaceName(archive.toPath().toAbsolutePath().getParent(),
                name.toLowerCase().endsWith(".kamx") ? name.substring(0, name.length() - 5) : name));
        File chosen = target.showSaveDialog(stage);
        if (chosen != null) {
            attempt(archive.toPath(), null, withSuffix(chosen.toPath(), WorkspaceNames.SUFFIX));
        }
    }

    private void attempt(Path archive, char[] password, Path workspace) {
        actions.importInto(archive, password, workspace, imported -> {
            ArchivePasswordDialog.clear(password);
            model.open(imported);
        }, failure -> {
            ArchivePasswordDialog.clear(password);
            if (failure.needsPassword()) {
                new ArchivePasswordDialog(texts).askExisting(stage, archive.getFileName().toString(),
                        failure.wrongPassword()).ifPresent(again -> attempt(archive, again, workspace));
            } else {
                alert(Alert.AlertType.ERROR, "archive.import.title", failure.message());
            }
        });
    }

    private FileChooser chooser(String titleKey, Path near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("archive.files"), ARCHIVE_EXTENSION));
        Optional.ofNullable(near).map(p -> p.toAbsolutePath().getParent()).map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    /** "client" → "client.kamx"; "client.kamx" stays. */
    static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.toLowerCase().endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }

    private void alert(Alert.AlertType type, String titleKey, String text) {
        Alerts.show(stage, type, texts.get(titleKey), text);
    }
}
