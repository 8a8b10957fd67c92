package org.kamworkbench.io;

import org.kamworkbench.service.port.UnreadableFileException;
import org.kamworkbench.service.message.Sentence;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * A CSV file streamed through FastCSV (RFC 4180: quoted delimiters, quotes and line breaks; CRLF or
 * LF). A leading byte order mark is skipped; progress is the share of bytes read. Rows of another
 * width than the header's are checked by {@link FieldCountCheck}.
 */
final class CsvTableSource implements TableSource {
    private final Path file;
    private final Charset charset;
    private final long size;
    private final CountingInputStream counter;
    private final CsvReader<TableRow> reader;
    private final CloseableIterator<TableRow> rows;
    private final TableRowHandler handler;
    private final List<String> header;
    private final FieldCountCheck fieldCounts;
    private boolean finished;

    private CsvTableSource(Path file, Charset charset, CountingInputStream counter, TableRowHandler handler,
                           CsvReader<TableRow> reader) throws IOException {
        this.file = file;
        this.charset = charset;
        this.size = Files.size(file);
        this.counter = counter;
        this.handler = handler;
        this.reader = reader;
        this.rows = reader.iterator();
        TableRow first = read();
        this.header = first == null ? List.of() : first.cells();
        this.fieldCounts = new FieldCountCheck(file, header);
    }

    static CsvTableSource open(Path file, TableFormat format) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            int bomLength = skipByteOrderMark(file, raw);
            CountingInputStream counter = new CountingInputStream(raw, bomLength);
            InputStreamReader text = new InputStreamReader(counter, decoder(format.charset()));
            TableRowHandler handler = new TableRowHandler();
            CsvReader<TableRow> reader = CsvReader.builder()
                    .fieldSeparator(format.delimiter())
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .allowMissingFields(true)
                    .allowExtraFields(true)
                    .build(handler, text);
            return new CsvTableSource(file, format.charset(), counter, handler, reader);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Skips a byte order mark: it says how the file is encoded and is never part of the header. */
    private static int skipByteOrderMark(Path file, InputStream in) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream peek = Files.newInputStream(file)) {
            n = peek.readNBytes(head, 0, head.length);
        }
        ByteOrderMark bom = ByteOrderMark.of(head, n);
        int length = bom == null ? 0 : bom.length();
        in.skipNBytes(length);
        return length;
    }

    /**
     * UTF-8 is decoded strictly: a byte of another encoding further down than the detection sample
     * stops the read with a clear message instead of turning into a replacement character.
     */
    private static CharsetDecoder decoder(Charset charset) {
        CodingErrorAction onError = charset.equals(StandardCharsets.UTF_8)
                ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public TableRow next() throws IOException {
        TableRow row = read();
        if (row == null) {
            if (!finished) {
                finished = true;
                fieldCounts.atEnd();
            }
        } else {
            fieldCounts.check(row);
        }
        return row;
    }

    private TableRow read() throws IOException {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFileException(Sentence.of("file.badEncoding", String.valueOf(file.getFileName()),
                        charset.name(), String.valueOf(handler.currentLine())), e);
            }
            throw new IOException("Cannot read " + file.getFileName() + " after line " + handler.currentLine()
                    + ": " + e.getCause().getMessage(), e);
        } catch (CsvParseException e) {
            throw new IOException("Cannot read " + file.getFileName() + " at line " + handler.currentLine()
                    + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
    }

    @Override
    public double progress() {
        if (finished || size == 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) counter.count() / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
