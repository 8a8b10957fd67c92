package org.kamworkbench.ui.imports;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

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
    static Optional<String> problem(String raw, WizardText text) {
        Path file;
        try {
            file = parse(raw);
        } catch (InvalidPathException e) {
            return Optional.of(text.format("choose.invalidPath", raw.strip()));
        }
        if (!Files.exists(file)) {
            return Optional.of(text.format("choose.missing", file.toString()));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(text.format("choose.folder", file.toString()));
        }
        if (!Files.isReadable(file)) {
            return Optional.of(text.format("choose.unreadable", file.toString()));
        }
        return Optional.empty();
    }
}
