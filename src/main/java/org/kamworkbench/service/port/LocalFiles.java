package org.kamworkbench.service.port;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The local file system as the UI and the services may use it: what a path names, and writing the
 * files a user saves (implemented in {@code io}; ARCHITECTURE §2, no file I/O in ui or service).
 */
public interface LocalFiles {

    /** What a path names, for a sentence the user can act on. */
    enum Kind { MISSING, FOLDER, UNREADABLE, READABLE_FILE }

    Kind kind(Path path);

    /** Writes {@code text} as UTF-8, replacing the file. */
    void writeText(Path file, String text) throws IOException;

    /** Writes an image as PNG: {@code argb} holds width × height pixels, row by row. */
    void writePng(Path file, int width, int height, int[] argb) throws IOException;
}
