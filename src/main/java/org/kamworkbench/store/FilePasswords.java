package org.kamworkbench.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.kamworkbench.service.workspace.WorkspacePasswordException;

/** The password of an encrypted workspace file: whether one is needed, how H2 is given it, and a wrong one refused. */
final class FilePasswords {
    private FilePasswords() {
    }

    /** The password an existing file opens with: none for a plain file; an encrypted one must be given it. */
    static char[] passwordFor(Path file, char[] given) {
        if (!EncryptedFiles.encrypted(file)) {
            return null; // a password for a plain workspace (a variable set for all of them) is not needed
        }
        if (given == null) {
            throw new WorkspacePasswordException("The workspace " + file + " is encrypted and needs its password.",
                    true, null);
        }
        return given;
    }

    static WorkspacePasswordException wrongPassword(Path file, Throwable cause) {
        return new WorkspacePasswordException("That is not the password of the workspace " + file + ".", false, cause);
    }

    /**
     * The password H2 encrypts the file with: the user's password as hexadecimal UTF-8, since H2 takes
     * everything after the first space for the database user's password (a password with spaces would
     * otherwise lose all but its first word) and its file tools refuse spaces. H2 still derives the key
     * with a salted, iterated hash of this.
     */
    static char[] filePassword(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xFF;
            hex[i] = Character.forDigit(b >> 4, 16);
            hex[i + 1] = Character.forDigit(b & 0xF, 16);
        }
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return hex;
    }
}
