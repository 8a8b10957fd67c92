package org.kamworkbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * A benchmark-only TableFiles on FastCSV (UTF-8, comma, BOM aware), close to what io's reader does,
 * so the figures include a realistic CSV reader.
 */
final class FastCsvTableFiles implements TableFiles {
    @Override
    public TableFormat detect(Path file, TableFormat overrides) {
        return TableFormat.csv(StandardCharsets.UTF_8, false, ',');
    }

    @Override
    public TableSource open(Path file, TableFormat format) throws IOException {
        long size = Files.size(file);
        CountingStream in = new CountingStream(Files.newInputStream(file));
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(format.delimiter()).detectBomHeader(true)
                .allowMissingFields(true).allowExtraFields(true).skipEmptyLines(true)
                .ofCsvRecord(in, StandardCharsets.UTF_8);
        Iterator<CsvRecord> it = reader.iterator();
        List<String> header = new ArrayList<>();
        if (it.hasNext()) {
            it.next().getFields().forEach(h -> header.add(h.strip()));
        }
        return new TableSource() {
            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public TableRow next() {
                if (!it.hasNext()) {
                    return null;
                }
                CsvRecord r = it.next();
                return new TableRow(r.getStartingLineNumber(), r.getFields());
            }

            @Override
            public double progress() {
                return Math.min(1.0, (double) in.count / size);
            }

            @Override
            public void close() throws IOException {
                reader.close();
            }
        };
    }

    @Override
    public List<String> sheetNames(Path file) {
        return List.of();
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
