package org.kamworkbench.ui.imports;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.port.LocalFiles;

/** The first step's choices, what to import from which file, kept apart so the other steps can read them. */
public final class FileChoiceViewModel {
    private final WizardText text;
    private final LocalFiles files;
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>(this, "kind", ImportKind.ACCOUNTS);
    private final StringProperty filePath = new SimpleStringProperty(this, "filePath", "");
    private final ObjectProperty<AccountPreset> preset = new SimpleObjectProperty<>(this, "preset", AccountPreset.AUTO);

    FileChoiceViewModel(WizardText text, LocalFiles files) {
        this.text = text;
        this.files = files;
    }

    /** Runs when the kind, the path or the preset changed: what was read from the old choice is stale. */
    void onChange(Runnable action) {
        // Change (not invalidation) listeners: they fire on every change, read or not.
        kind.addListener((o, old, now) -> action.run());
        filePath.addListener((o, old, now) -> action.run());
        preset.addListener((o, old, now) -> action.run());
    }

    /** True once a kind is chosen and a path typed: Next may check the file. */
    boolean filled() {
        return kind.get() != null && !filePath.get().isBlank();
    }

    /** Why the typed file cannot be imported, as a sentence; empty when it can be read. */
    Optional<String> problem() {
        return ChosenFile.problem(filePath.get(), text, files);
    }

    Path file() {
        return ChosenFile.parse(filePath.get());
    }

    /** The folder of the file typed so far, to open the file chooser in; empty when there is none. */
    Optional<Path> folderOfCurrentFile() {
        try {
            Path parent = file().toAbsolutePath().getParent();
            return parent != null && files.kind(parent) == LocalFiles.Kind.FOLDER ? Optional.of(parent)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The preset for the service: accounts only; null lets the service recognise it. */
    String presetOption() {
        return kind.get() == ImportKind.ACCOUNTS ? preset.get().optionValue() : null;
    }

    public ObjectProperty<ImportKind> kindProperty() {
        return kind;
    }

    public StringProperty filePathProperty() {
        return filePath;
    }

    public ObjectProperty<AccountPreset> presetProperty() {
        return preset;
    }
}
