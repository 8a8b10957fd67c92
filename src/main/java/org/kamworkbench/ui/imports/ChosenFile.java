package org.kamworkbench.ui.imports;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.kamworkbench.service.port.LocalFiles;

/** The file path the user typed, pasted, dropped or picked, and what is wrong with it. */
final class ChosenFile {
    private ChosenFile() {
    }

    /** The path without blanks around it and without the quotes a pasted path often carries. */
    static Path parse(String raw) {
        String path = raw == null ? "" : raw.strip();
        if (path.length() > 1 && path.startsWith("\"") && path.endsWith("\"")) {
            path = path.substring(1, path.length() - 1);
        }
        return Path.of(path);
    }

    /** Why the file cannot be imported, as a sentence; empty when it can be read. */
    static Optional<String> problem(String raw, WizardText text, LocalFiles files) {
        Path file;
        try {
            file = parse(raw);
        } catch (InvalidPathException e) {
            return Optional.of(text.format("choose.invalidPath", raw.strip()));
        }
        return switch (files.kind(file)) {
            case MISSING -> Optional.of(text.format("choose.missing", file.toString()));
            case FOLDER -> Optional.of(text.format("choose.folder", file.toString()));
            case UNREADABLE -> Optional.of(text.format("choose.unreadable", file.toString()));
            case READABLE_FILE -> Optional.empty();
        };
    }
}
