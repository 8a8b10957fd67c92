package org.kamworkbench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A small note beside a workspace ({@code NAME.mv.db.holder}: "pid kind") saying which process has it
 * open for writing, so that a second one refused by the file lock can say by what: "open in the
 * desktop app (pid 1234)" only when it is. The note is only believed while its process is alive; a note
 * left by a killed process (or none, as for read-only opens, which write nothing) gives the neutral
 * "another window or process". Written when a workspace is opened for writing, removed at its close.
 */
public final class HolderNote {
    /** What kind of process holds a workspace. */
    public enum Kind {
        DESKTOP_APP, COMMAND_LINE
    }

    private static final String SUFFIX = ".holder";

    private HolderNote() {
    }

    static Path of(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /** Notes that this process holds {@code file}; a note that cannot be written only costs the detail. */
    static void write(Path file, Kind kind) {
        Path note = of(file);
        Path temp = note.resolveSibling("." + note.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, ProcessHandle.current().pid() + " " + kind.name().toLowerCase(Locale.ROOT) + "\n",
                    StandardCharsets.US_ASCII);
            PrivateFiles.restrict(temp);
            Files.move(temp, note, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to tidy
            }
        }
    }

    /** Removes the note if it is this process's (another process may have opened the file since). */
    static void remove(Path file) {
        Path note = of(file);
        if (read(note).filter(h -> h.pid() == ProcessHandle.current().pid()).isPresent()) {
            try {
                Files.deleteIfExists(note);
            } catch (IOException ignored) {
                // a stale note is harmless: its process is checked before it is believed
            }
        }
    }

    /** The sentence for a writer refused because another process holds {@code file}; {@code then} ends it. */
    static String busySentence(Path file, String then) {
        Optional<Holder> holder = liveHolder(file);
        if (holder.isEmpty()) {
            return "The workspace " + file + " is open in another window or process. " + then;
        }
        long pid = holder.get().pid();
        return switch (holder.get().kind()) {
            case DESKTOP_APP -> "The workspace " + file + " is open in the desktop app (pid " + pid + "). " + then;
            case COMMAND_LINE -> "The workspace " + file + " is in use by another command-line call (pid " + pid
                    + "). Try again when it has finished.";
        };
    }

    /** The holder the note names, if its process is alive and is not this one. */
    static Optional<Holder> liveHolder(Path file) {
        long self = ProcessHandle.current().pid();
        return read(of(file)).filter(h -> h.pid() != self
                && ProcessHandle.of(h.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<Holder> read(Path note) {
        try {
            String[] parts = Files.readString(note, StandardCharsets.US_ASCII).trim().split(" ");
            if (parts.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new Holder(Long.parseLong(parts[0]), Kind.valueOf(parts[1].toUpperCase(Locale.ROOT))));
        } catch (IOException | RuntimeException missingOrNotOurs) {
            return Optional.empty();
        }
    }

    /** A process holding a workspace. */
    record Holder(long pid, Kind kind) {
    }
}
