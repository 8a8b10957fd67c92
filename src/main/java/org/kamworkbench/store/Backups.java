package org.kamworkbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The automatic backups of one workspace file, in {@code name.backups/} beside it: zip files holding the
 * workspace file, either written by H2's online {@code BACKUP TO} (a consistent copy while the workspace
 * is open) or, after a session, a stored (uncompressed) copy of the closed file; a copy of an encrypted
 * workspace stays encrypted. Kept: the newest {@value #KEEP_NEWEST}, plus the newest of each
 * of the last {@value #KEEP_DAYS} days. Private: files 0600 in a 0700 folder.
 */
public final class Backups {
    static final int KEEP_NEWEST = 10;
    static final int KEEP_DAYS = 7;
    private static final String SUFFIX = ".zip";
    /** "counter file-name" of the newest backup taken online: which state it holds. */
    private static final String HELD_MARKER = ".newest-state";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final int STAMP_LENGTH = "yyyyMMdd-HHmmss-SSS".length();

    /** One backup file; {@code reason} is one of the {@code BackupInfo} reasons. */
    public record Backup(Path file, Instant taken, String reason) {
        String takenDisplay() {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(taken);
        }
    }

    private final Path databaseFile;
    private final Path folder;
    private final String name;

    public Backups(Path databaseFile) {
        this.databaseFile = databaseFile.toAbsolutePath();
        String fileName = this.databaseFile.getFileName().toString();
        this.name = fileName.endsWith(Workspace.FILE_SUFFIX)
                ? fileName.substring(0, fileName.length() - Workspace.FILE_SUFFIX.length()) : fileName;
        this.folder = this.databaseFile.resolveSibling(name + ".backups");
    }

    public Path folder() {
        return folder;
    }

    /**
     * A consistent copy of the open workspace at change counter {@code counter}. When the newest backup
     * already holds exactly that state (the backup after one call's session, before the next call's
     * import) it is linked under the new reason (a backup file is never changed) instead of copying the
     * workspace again.
     */
    void takeUnlessHeld(Connection connection, String reason, Instant now, long counter) {
        Optional<Backup> newest = newest();
        Backup taken;
        if (newest.isPresent() && (counter + " " + newest.get().file().getFileName()).equals(heldMarker())) {
            taken = link(newest.get(), reason, now);
        } else {
            taken = take(connection, reason, now);
        }
        hold(counter, taken);
    }

    /** Records that {@code backup} holds the workspace at change counter {@code counter}. */
    private void hold(long counter, Backup backup) {
        try {
            Path marker = folder.resolve(HELD_MARKER);
            Files.writeString(marker, counter + " " + backup.file().getFileName());
            PrivateFiles.restrict(marker);
        } catch (IOException e) {
            // without the marker the next import just takes its own backup
        }
    }

    private String heldMarker() {
        try {
            return Files.readString(folder.resolve(HELD_MARKER));
        } catch (IOException e) {
            return "";
        }
    }

    /** A consistent copy of the open workspace, taken online through {@code connection}. */
    Backup take(Connection connection, String reason, Instant now) {
        Path target = target(reason, now);
        try (Statement st = connection.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            PrivateFiles.restrict(target);
        } catch (SQLException | IOException e) {
            deleteQuietly(target);
            throw failed(e);
        }
        rotate(now);
        return new Backup(target, now, reason);
    }

    /** The same file under another name: a hard link where the file system has them, else a copy. */
    private Backup link(Backup held, String reason, Instant now) {
        Path target = target(reason, now);
        try {
            try {
                Files.createLink(target, held.file());
            } catch (IOException | UnsupportedOperationException noLinks) {
                Files.copy(held.file(), target);
            }
            PrivateFiles.restrict(target);
        } catch (IOException e) {
            deleteQuietly(target);
            throw failed(e);
        }
        rotate(now);
        return new Backup(target, now, reason);
    }

    /**
     * After a session: a copy of the closed workspace file, read through {@code closedFile} (which holds
     * a lock keeping writers out) with the fingerprint just taken of it; it holds change {@code counter}.
     */
    void takeAfterClose(FileChannel closedFile, FileFingerprint fingerprint, String reason, Instant now, long counter)
            throws IOException {
        closedFile.position(0);
        hold(counter, storedCopy(Channels.newInputStream(closedFile), fingerprint, reason, now));
    }

    /** A copy of a new workspace as it was created (its bytes, read before anyone could open it). */
    void takeOfCreated(byte[] created, String reason, Instant now) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(created);
        try {
            hold(0, storedCopy(new java.io.ByteArrayInputStream(created), new FileFingerprint(created.length,
                    crc.getValue()), reason, now));
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** A copy of the closed workspace file, in the same format as {@link #take}. */
    Backup takeClosed(String reason, Instant now) {
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return storedCopy(in, FileFingerprint.of(databaseFile), reason, now);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * A zip as {@code BACKUP TO} writes one, but with the workspace file stored, not compressed: a plain
     * copy, milliseconds instead of a second for a 10 MB workspace (H2 files compress to about 40 %).
     */
    private Backup storedCopy(InputStream source, FileFingerprint fingerprint, String reason, Instant now)
            throws IOException {
        Path target = target(reason, now);
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            PrivateFiles.restrict(target);
            ZipEntry entry = new ZipEntry(databaseFile.getFileName().toString());
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(fingerprint.size());
            entry.setCompressedSize(fingerprint.size());
            entry.setCrc(fingerprint.crc());
            zip.putNextEntry(entry);
            source.transferTo(zip);
            zip.closeEntry();
        } catch (java.util.zip.ZipException e) {
            deleteQuietly(target); // the bytes copied do not have the checksum just taken of them
            throw new IOException("the workspace changed while it was copied", e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
        rotate(now);
        return new Backup(target, now, reason);
    }

    private IllegalStateException failed(Exception e) {
        return new IllegalStateException(DiskFull.sentenceOr(e, folder,
                "Could not back up the workspace to " + folder + ": " + e.getMessage()), e);
    }

    private Path target(String reason, Instant now) {
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new IllegalStateException(DiskFull.sentenceOr(e, folder,
                    "Could not create the backup folder " + folder + ": " + e.getMessage()), e);
        }
        Path target = folder.resolve(name + "-" + STAMP.format(now) + "-" + reason + SUFFIX);
        // two backups in one millisecond (a test, a fast retry): the later one gets the next millisecond
        return Files.exists(target) ? target(reason, now.plusMillis(1)) : target;
    }

    /** Newest first. */
    public List<Backup> all() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, name + "-*" + SUFFIX)) {
            for (Path file : files) {
                parse(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            return backups;
        }
        backups.sort(Comparator.comparing(Backup::taken).reversed());
        return backups;
    }

    public Optional<Backup> newest() {
        return all().stream().findFirst();
    }

    private Optional<Backup> parse(Path file) {
        String fileName = file.getFileName().toString();
        String rest = fileName.substring(name.length() + 1, fileName.length() - SUFFIX.length());
        if (rest.length() < STAMP_LENGTH + 2) {
            return Optional.empty();
        }
        try {
            Instant taken = Instant.from(STAMP.parse(rest.substring(0, STAMP_LENGTH)));
            return Optional.of(new Backup(file, taken, rest.substring(STAMP_LENGTH + 1)));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // not one of ours
        }
    }

    /** Keeps the newest {@value #KEEP_NEWEST} and the newest of each of the last {@value #KEEP_DAYS} days. */
    void rotate(Instant now) {
        List<Backup> backups = all();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.systemDefault());
        Set<LocalDate> daysKept = new HashSet<>();
        for (int i = 0; i < backups.size(); i++) {
            Backup b = backups.get(i);
            LocalDate day = LocalDate.ofInstant(b.taken(), ZoneId.systemDefault());
            boolean recentDay = !day.isBefore(today.minusDays(KEEP_DAYS - 1L)) && daysKept.add(day);
            if (i >= KEEP_NEWEST && !recentDay) {
                deleteQuietly(b.file());
            }
        }
    }

    /** Extracts the database file of {@code backup} to {@code target}, private. */
    void extract(Backup backup, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(backup.file()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(Workspace.FILE_SUFFIX)) {
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    PrivateFiles.restrict(target);
                    return;
                }
            }
        }
        throw new IOException("The backup " + backup.file().getFileName() + " holds no workspace file.");
    }

    /** Puts the database file {@code replacement} into {@code backup} in place of what it held (atomically). */
    void replace(Backup backup, Path replacement) throws IOException {
        Path temp = folder.resolve("." + backup.file().getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
            PrivateFiles.restrict(temp);
            zip.putNextEntry(new ZipEntry(databaseFile.getFileName().toString()));
            Files.copy(replacement, zip);
            zip.closeEntry();
        } catch (IOException e) {
            deleteQuietly(temp);
            throw e;
        }
        Files.move(temp, backup.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public Optional<Backup> named(String fileName) {
        return all().stream().filter(b -> b.file().getFileName().toString().equals(fileName)).findFirst();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a backup left behind is harmless; the next rotation tries again
        }
    }
}
