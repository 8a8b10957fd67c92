package org.kamworkbench.service.port;

import java.nio.file.Path;

/** Reads a logo image file for the reports' cover; implemented in io. */
public interface LogoFiles {
    /** A logo's bytes and media type ({@code image/png} or {@code image/jpeg}). */
    record Logo(byte[] bytes, String mediaType) {
    }

    /**
     * @throws IllegalArgumentException with a sentence for a file that is not a PNG or JPEG image or is too large
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    Logo read(Path file, int maxBytes);
}
