package org.kamworkbench.io.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.kamworkbench.service.archive.ArchiveRefusedException;
import org.kamworkbench.service.port.ArchiveFiles;
import org.kamworkbench.service.port.ArchiveManifest;
import org.kamworkbench.service.port.WorkspaceTables.Column;
import org.kamworkbench.service.port.WorkspaceTables.TableShape;

/**
 * Reads a .kamx archive in two passes: the first checks the manifest and every entry's checksum, so a
 * damaged, incomplete or newer archive is refused before anything is loaded; the second streams the
 * rows.
 */
final class KamxReader implements ArchiveFiles.Input {
    /** Opens the (plain) zip bytes again for each pass. */
    interface Source {
        InputStream open() throws IOException;
    }

    private final Source source;
    private final ArchiveManifest manifest;
    private final JsonFactory json = new JsonFactory();

    KamxReader(Source source) {
        this.source = source;
        this.manifest = verify();
    }

    @Override
    public ArchiveManifest manifest() {
        return manifest;
    }

    private ArchiveManifest verify() {
        Map<String, String> found = new LinkedHashMap<>();
        byte[] manifestBytes = null;
        String current = null;
        try (ZipInputStream zip = new ZipInputStream(source.open())) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                current = e.getName();
                if (e.getName().equals(KamxArchives.MANIFEST)) {
                    manifestBytes = zip.readAllBytes();
                } else {
                    MessageDigest digest = sha256();
                    new DigestInputStream(zip, digest).transferTo(java.io.OutputStream.nullOutputStream());
                    found.put(e.getName(), HexFormat.of().formatHex(digest.digest()));
                }
            }
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive is damaged: " + (current == null ? "it cannot be read"
                    : "entry " + current + " cannot be read") + " (" + e.getMessage() + ").", e);
        }
        if (manifestBytes == null) {
            throw new ArchiveRefusedException("This is not a complete KAM Workbench archive: it has no "
                    + KamxArchives.MANIFEST + " (the file is damaged, cut short, or another kind of zip).");
        }
        ArchiveManifest m;
        try {
            m = ManifestJson.read(manifestBytes);
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive is damaged: its " + KamxArchives.MANIFEST
                    + " cannot be read.", e);
        }
        if (m.format() > ArchiveManifest.FORMAT) {
            throw new ArchiveRefusedException("This archive was made by a newer KAM Workbench (format " + m.format()
                    + "); update to open it.");
        }
        for (Map.Entry<String, String> listed : m.sha256().entrySet()) {
            String actual = found.get(listed.getKey());
            if (actual == null) {
                throw new ArchiveRefusedException("The archive is damaged: entry " + listed.getKey() + " is missing.");
            }
            if (!actual.equals(listed.getValue())) {
                throw new ArchiveRefusedException("The archive is damaged: entry " + listed.getKey()
                        + " does not match its checksum.");
            }
        }
        for (String name : found.keySet()) {
            if (!m.sha256().containsKey(name)) {
                throw new ArchiveRefusedException("The archive is damaged: entry " + name
                        + " is not listed in its manifest.");
            }
        }
        return m;
    }

    @Override
    public void read(Function<String, TableShape> shapes, ArchiveFiles.EntryReader reader) {
        try (ZipInputStream zip = new ZipInputStream(source.open())) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                TableShape shape = e.getName().equals(KamxArchives.MANIFEST) ? null : shapes.apply(e.getName());
                if (shape == null) {
                    continue;
                }
                try (JsonParser parser = json.createParser(new NonClosing(zip))) {
                    Rows rows = new Rows(e.getName(), shape, parser);
                    reader.entry(e.getName(), shape, rows.columns(), rows);
                }
            }
        } catch (IOException e) {
            throw new ArchiveRefusedException("The archive cannot be read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ArchiveRefusedException("The archive cannot be read: " + e.getCause().getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of one entry, one JSON object a line, parsed as they are asked for. */
    private static final class Rows implements Iterator<Object[]> {
        private final String entry;
        private final TableShape shape;
        private final JsonParser parser;
        private final List<Column> columns = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private Object[] next;
        private long line;

        Rows(String entry, TableShape shape, JsonParser parser) throws IOException {
            this.entry = entry;
            this.shape = shape;
            this.parser = parser;
            next = parse(true);
            if (next == null) {
                columns.addAll(shape.columns());
            }
        }

        List<String> columns() {
            return columns.stream().map(Column::name).toList();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Object[] next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Object[] row = next;
            try {
                next = parse(false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return row;
        }

        /** The next row; the first one also fixes the entry's columns. Null at the end. */
        private Object[] parse(boolean first) throws IOException {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            line++;
            if (token != JsonToken.START_OBJECT) {
                throw damaged("is not a JSON object");
            }
            Object[] row = first ? null : new Object[columns.size()];
            List<Object> firstValues = first ? new ArrayList<>() : null;
            int seen = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (first) {
                    Column column = shape.column(name);
                    if (column == null) {
                        throw new ArchiveRefusedException("The archive holds " + entry + " column '" + name
                                + "', which this version of KAM Workbench does not know; update to open it.");
                    }
                    index.put(name, columns.size());
                    columns.add(column);
                    firstValues.add(value(column));
                } else {
                    Integer i = index.get(name);
                    if (i == null) {
                        throw damaged("has a column the first row does not have ('" + name + "')");
                    }
                    row[i] = value(columns.get(i));
                }
                seen++;
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || seen != columns.size()) {
                throw damaged("does not hold the columns of the first row");
            }
            return first ? firstValues.toArray() : row;
        }

        private Object value(Column column) throws IOException {
            try {
                return RowCodec.read(parser, column);
            } catch (RowCodec.Invalid e) {
                throw damaged("holds a value that is not valid for column '" + column.name() + "'");
            }
        }

        private ArchiveRefusedException damaged(String what) {
            return new ArchiveRefusedException("The archive is damaged: line " + line + " of " + entry + " " + what + ".");
        }
    }

    /** Keeps the JSON parser from closing the zip stream at the end of an entry. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream moves on to the next entry
        }
    }
}
