package org.kamworkbench.io.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kamworkbench.service.port.ArchiveFiles;
import org.kamworkbench.service.port.ArchiveManifest;
import org.kamworkbench.service.port.WorkspaceTables.Column;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/**
 * Writes a .kamx archive into a private temporary file beside the target, renamed into place by
 * {@link #finish}: a failed export leaves no half archive. Entries carry a fixed date so that the
 * same workspace gives the same entries.
 */
final class KamxWriter implements ArchiveFiles.Output {
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Path target;
    private final Path temp;
    private final ZipOutputStream zip;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, String> sha256 = new LinkedHashMap<>();
    private final JsonFactory json = new JsonFactory();
    private String entry;
    private JsonGenerator generator;
    private MessageDigest digest;
    private long entryRows;

    KamxWriter(Path target, char[] password) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = PrivateFile.createBeside(this.target, ".writing");
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
        try {
            this.zip = new ZipOutputStream(password == null ? file : PasswordEnvelope.encrypting(file, password));
        } catch (IOException e) {
            file.close();
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public Consumer<Object[]> entry(String name, TableShape shape) {
        try {
            endEntry();
            ZipEntry e = new ZipEntry(name);
            e.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(e);
            digest = sha256();
            entry = name;
            entryRows = 0;
            generator = json.createGenerator(new DigestOutputStream(new Unclosable(zip), digest));
            generator.setRootValueSeparator(new SerializedString("\n"));
        } catch (IOException e) {
            throw failed(e);
        }
        List<Column> columns = shape.columns();
        JsonGenerator out = generator;
        return row -> {
            try {
                out.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    RowCodec.write(out, columns.get(i), row[i]);
                }
                out.writeEndObject();
                entryRows++;
            } catch (IOException e) {
                throw failed(e);
            }
        };
    }

    private void endEntry() throws IOException {
        if (entry == null) {
            return;
        }
        if (entryRows > 0) {
            generator.writeRaw('\n');
        }
        generator.close();
        zip.closeEntry();
        rows.put(entry, entryRows);
        sha256.put(entry, HexFormat.of().formatHex(digest.digest()));
        entry = null;
    }

    @Override
    public void finish(ArchiveManifest manifest) {
        try {
            endEntry();
            ArchiveManifest complete = new ArchiveManifest(manifest.format(), manifest.schemaVersion(),
                    manifest.appVersion(), manifest.createdAt(), manifest.reportingCurrency(), rows, sha256);
            ZipEntry e = new ZipEntry(KamxArchives.MANIFEST);
            e.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(e);
            zip.write(ManifestJson.write(complete));
            zip.closeEntry();
            zip.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            abandon();
            throw failed(e);
        }
    }

    @Override
    public void abandon() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the file is being removed
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a hidden temporary file: best effort
        }
    }

    private UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("Cannot write the archive " + target + ": " + e.getMessage(), e);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets a JSON generator close without closing the zip under it. */
    private static final class Unclosable extends FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
