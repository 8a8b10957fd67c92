package org.kamworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The size and CRC-32 of a whole file: cheap to compute (the file is in the page cache after a session,
 * and the checksum is done by the processor's own instructions: a few milliseconds for 10 MB) and
 * different for any truncation, flipped byte or older copy, except by a one-in-four-billion chance.
 */
record FileFingerprint(long size, long crc) {
    private static final int BUFFER = 1 << 16;

    static FileFingerprint of(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return of(channel);
        }
    }

    /** Reads the channel from its start to its end. */
    static FileFingerprint of(FileChannel channel) throws IOException {
        CRC32 crc = new CRC32();
        long size = 0;
        channel.position(0);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[BUFFER];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            crc.update(buffer, 0, n);
            size += n;
        }
        return new FileFingerprint(size, crc.getValue());
    }

    /** True when {@code file} has this size and checksum (the size is compared first, for free). */
    boolean matches(Path file) {
        try {
            if (Files.size(file) != size) {
                return false;
            }
            FileFingerprint now = of(file);
            return now.size == size && now.crc == crc; // not equals(): a record's costs a bootstrap in a cold JVM
        } catch (IOException e) {
            return false;
        }
    }

    String format() {
        return size + " " + Long.toHexString(crc);
    }

    /** From the fields after the counter in a state file; empty when they are missing or malformed. */
    static Optional<FileFingerprint> parse(String[] stateFields) {
        if (stateFields.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FileFingerprint(Long.parseLong(stateFields[1]), Long.parseLong(stateFields[2], 16)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
