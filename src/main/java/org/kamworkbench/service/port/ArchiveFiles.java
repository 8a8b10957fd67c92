package org.kamworkbench.service.port;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/** The workspace archive file (.kamx): written entry by entry, read back whole after it was verified. */
public interface ArchiveFiles {
    /** Starts a new archive at {@code file}, encrypted when {@code password} is not null. */
    Output create(Path file, char[] password);

    /**
     * Opens an archive and verifies it whole (format, manifest, every entry's checksum) before anything
     * is read from it.
     *
     * @throws org.kamworkbench.service.archive.ArchiveRefusedException saying why, naming the entry
     */
    Input open(Path file, char[] password);

    /** An archive being written; {@link #finish} completes it, {@link #abandon} removes what was written. */
    interface Output {
        /** Begins the next entry; its rows follow, each an array in {@code shape}'s column order. */
        Consumer<Object[]> entry(String name, TableShape shape);

        /** Ends the last entry and writes the manifest (checksums and row counts are added). */
        void finish(ArchiveManifest manifest);

        void abandon();
    }

    /** A verified archive. */
    interface Input {
        ArchiveManifest manifest();

        /**
         * Reads the entries in their order. {@code shapes} says how to read an entry's values (the
         * columns the reading workspace has); an entry it answers null for is skipped.
         */
        void read(Function<String, TableShape> shapes, EntryReader reader);
    }

    /** Receives one entry: the columns its rows hold (a subset of the shape's) and the rows. */
    interface EntryReader {
        void entry(String name, TableShape shape, List<String> columns, Iterator<Object[]> rows);
    }
}
