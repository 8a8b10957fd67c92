package org.kamworkbench.io;

import org.kamworkbench.service.port.UnreadableFileException;
import org.kamworkbench.service.message.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Refuses a workbook whose parts expand beyond what any real one does (a "zip bomb": a small file
 * that unpacks to gigabytes, which would hang or exhaust the reader). Each part is inflated once,
 * counting the bytes it really yields (the sizes a ZIP declares can lie), and the count stops at the
 * part's allowance: {@link #RATIO} times its compressed size but at least {@link #MIN_ALLOWANCE}, and
 * never more than {@link #MAX_PART}. Real XLSX parts compress 5 to 30 times.
 * A workbook once checked (same path, size and time) is not inflated again by the next open.
 */
final class ZipExpansionCap {
    static final long MIN_ALLOWANCE = 100L << 20;
    static final long RATIO = 200;
    static final long MAX_PART = 4L << 30;

    private static volatile String lastChecked;

    private final long minAllowance;

    ZipExpansionCap() {
        this(MIN_ALLOWANCE);
    }

    /** With a smaller floor, for tests that should not inflate 100 MB. */
    ZipExpansionCap(long minAllowance) {
        this.minAllowance = minAllowance;
    }

    void check(Path file) throws IOException {
        String key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        if (key.equals(lastChecked)) {
            return;
        }
        byte[] buffer = new byte[1 << 16];
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.isDirectory() || !zip.canReadEntryData(entry)) {
                    continue; // the workbook reader refuses what it cannot read, with its own message
                }
                long allowance = allowance(entry.getCompressedSize());
                long expanded = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        expanded += n;
                        if (expanded > allowance) {
                            throw tooLarge(file, entry, allowance);
                        }
                    }
                }
            }
        }
        lastChecked = key;
    }

    long allowance(long compressedSize) {
        long byRatio = compressedSize > MAX_PART / RATIO ? MAX_PART : Math.max(0, compressedSize) * RATIO;
        return Math.min(MAX_PART, Math.max(minAllowance, byRatio));
    }

    /** A part expands beyond its allowance. */
    static final class TooLarge extends UnreadableFileException {
        TooLarge(Sentence sentence) {
            super(sentence);
        }
    }

    private static TooLarge tooLarge(Path file, ZipArchiveEntry entry, long allowance) {
        return new TooLarge(Sentence.of("file.tooLargePart", String.valueOf(file.getFileName()), entry.getName(),
                String.valueOf(allowance >> 20), String.valueOf(Math.max(1, entry.getCompressedSize() >> 10))));
    }
}
