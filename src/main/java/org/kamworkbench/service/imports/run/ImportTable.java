package org.kamworkbench.service.imports.run;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;
import org.kamworkbench.service.port.UnreadableFileException;

/**
 * An open source file whose first rows are held back as a sample (for detecting number and date
 * styles) and then handed out again, so the file is still read only once.
 */
public final class ImportTable implements AutoCloseable {
    private final Path file;
    private final TableFormat format;
    private final TableSource source;
    private final List<String> header;
    private final List<TableRow> sample = new ArrayList<>();
    private int handedOut;
    private boolean closed;

    private ImportTable(Path file, TableFormat format, TableSource source, List<String> header) {
        this.file = file;
        this.format = format;
        this.source = source;
        this.header = header;
    }

    /**
     * Detects the format (the options' encoding, delimiter and sheet win), opens the file and reads
     * up to {@code sampleSize} rows ahead.
     *
     * @throws ImportInputException when the file cannot be read, is empty or holds only a header
     */
    public static ImportTable open(TableFiles files, Path file, ImportOptions options, int sampleSize) {
        TableFormat format = detect(files, file, options);
        TableSource source = null;
        try {
            source = new ReadAhead(files.open(file, format));
            List<String> header = source.header();
            if (header == null || header.isEmpty() || header.stream().allMatch(h -> h == null || h.isBlank())) {
                throw new ImportInputException("import.emptyFile", String.valueOf(file.getFileName()));
            }
            ImportTable table = new ImportTable(file, format, source, List.copyOf(header));
            table.fillSample(sampleSize);
            if (table.sample.isEmpty()) {
                throw new ImportInputException("import.noRows", String.valueOf(file.getFileName()));
            }
            return table;
        } catch (IOException e) {
            closeQuietly(source);
            throw unreadable(file, e);
        } catch (RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
    }

    public static TableFormat detect(TableFiles files, Path file, ImportOptions options) {
        try {
            return files.detect(file, overrides(options));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static TableFormat overrides(ImportOptions o) {
        if (o.encoding() == null && o.delimiter() == null && o.sheet() == null) {
            return null;
        }
        Charset charset = null;
        if (o.encoding() != null) {
            try {
                charset = Charset.forName(o.encoding().strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ImportInputException("import.badEncoding", o.encoding());
            }
        }
        char delimiter = o.delimiter() == null ? '\0' : o.delimiter();
        return new TableFormat(null, charset, false, delimiter, o.sheet());
    }

    static ImportInputException unreadable(Path file, IOException e) {
        if (e instanceof UnreadableFileException said) {
            return new ImportInputException(said.sentence(), e); // the reader's own sentence names the file
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportInputException(org.kamworkbench.service.message.Sentence.of("import.unreadable", String.valueOf(file.getFileName()), why), e);
    }

    private void fillSample(int size) throws IOException {
        TableRow row;
        while (sample.size() < size && (row = source.next()) != null) {
            sample.add(row);
        }
    }

    public TableFormat format() {
        return format;
    }

    public List<String> header() {
        return header;
    }

    /** The rows read ahead (at most the sample size given to {@link #open}). */
    public List<TableRow> sample() {
        return sample;
    }

    /** The next row: the sample first, then the rest of the file; null at the end. */
    public TableRow next() {
        if (handedOut < sample.size()) {
            return sample.get(handedOut++);
        }
        try {
            return source.next();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    public double progress() {
        return source.progress();
    }

    /** Ends the read (again: nothing); the format, header and sample stay. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            closeQuietly(source);
        }
    }

    private static void closeQuietly(TableSource source) {
        if (source != null) {
            try {
                source.close();
            } catch (IOException | RuntimeException e) {
                // closing a file we only read: nothing to save, nothing the user can do
            }
        }
    }
}
