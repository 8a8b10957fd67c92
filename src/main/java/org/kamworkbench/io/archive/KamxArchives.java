package org.kamworkbench.io.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.kamworkbench.service.archive.ArchiveRefusedException;
import org.kamworkbench.service.port.ArchiveFiles;

/**
 * The workspace archive, {@code .kamx}: a zip of {@code manifest.json} and one JSON Lines entry per
 * table (and one for revenue), optionally inside a {@link PasswordEnvelope}.
 */
public final class KamxArchives implements ArchiveFiles {
    static final String MANIFEST = "manifest.json";
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    @Override
    public Output create(Path file, char[] password) {
        try {
            return new KamxWriter(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Input open(Path file, char[] password) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PasswordEnvelope.MAGIC.length);
        } catch (NoSuchFileException e) {
            throw new ArchiveRefusedException("There is no archive at " + file + ".", e);
        } catch (IOException e) {
            throw new ArchiveRefusedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (PasswordEnvelope.isEncrypted(head)) {
            byte[] plain;
            try (InputStream in = Files.newInputStream(file)) {
                plain = PasswordEnvelope.decrypt(in, password);
            } catch (IOException e) {
                throw new ArchiveRefusedException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            return new KamxReader(() -> new ByteArrayInputStream(plain));
        }
        if (head.length < ZIP.length || head[0] != ZIP[0] || head[1] != ZIP[1] || head[2] != ZIP[2] || head[3] != ZIP[3]) {
            throw new ArchiveRefusedException(file.getFileName() + " is not a KAM Workbench archive (.kamx).");
        }
        return new KamxReader(() -> Files.newInputStream(file));
    }
}
