package org.kamworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells an encrypted workspace file from a plain one without opening it: H2 starts a file it encrypts
 * ({@code CIPHER=AES}) with a fixed header. Opened without its password such a file would look damaged
 * to H2 ("file corrupted"); knowing it is encrypted lets the open ask for the password instead.
 */
final class EncryptedFiles {
    private static final byte[] HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private EncryptedFiles() {
    }

    /** Whether {@code file} exists and is an H2 file encrypted with a password. */
    static boolean encrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        } catch (IOException e) {
            return false; // unreadable: the open says what is wrong
        }
    }
}
