package org.kamworkbench.service.imports.fakes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableFormat;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * A small stand-in for io's TableFileReader: CSV text registered in memory (or read from disk) with
 * RFC 4180 quoting, BOM, CRLF and delimiter detection. Records what it was asked.
 */
public final class FakeTableFiles implements TableFiles {
    private final Map<Path, String> contents = new HashMap<>();
    public TableFormat lastOverrides;
    public int opened;
    public int closed;
    /**
     * Report every file as an XLSX sheet (the cells are still given as CSV text; those in the canonical
     * plain form of number cells, such as 1234.5, are marked numeric as the XLSX reader marks them).
     */
    public boolean xlsx;

    /** Registers CSV text under a file name and returns its path. */
    public Path put(String name, String csv) {
        Path p = Path.of("/memory", name);
        contents.put(p, csv);
        return p;
    }

    /** Registers lines joined by '\n'. */
    public Path lines(String name, String... lines) {
        return put(name, String.join("\n", lines) + "\n");
    }

    @Override
    public TableFormat detect(Path file, TableFormat overrides) throws IOException {
        lastOverrides = overrides;
        String text = text(file, overrides == null ? null : overrides.charset());
        if (xlsx) {
            return TableFormat.xlsx(overrides == null ? null : overrides.sheet());
        }
        boolean bom = text.startsWith("\uFEFF");
        char delimiter = overrides != null && overrides.delimiter() != '\0' ? overrides.delimiter() : detectDelimiter(text);
        Charset cs = overrides != null && overrides.charset() != null ? overrides.charset()
                : contents.containsKey(file) ? StandardCharsets.UTF_8 : charsetOf(Files.readAllBytes(file));
        return TableFormat.csv(cs, bom, delimiter);
    }

    @Override
    public TableSource open(Path file, TableFormat format) throws IOException {
        opened++;
        String text = text(file, format.charset());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Source(text, format.kind() == TableFormat.Kind.XLSX ? ',' : format.delimiter());
    }

    @Override
    public List<String> sheetNames(Path file) {
        return List.of();
    }

    private String text(Path file, Charset charset) throws IOException {
        String s = contents.get(file);
        if (s != null) {
            return s;
        }
        if (!Files.exists(file)) {
            throw new IOException("no such file");
        }
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, charset != null ? charset : charsetOf(bytes));
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes in western Europe). */
    static Charset charsetOf(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static char detectDelimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private static java.util.BitSet numeric(List<String> cells) {
        java.util.BitSet numeric = new java.util.BitSet();
        for (int i = 0; i < cells.size(); i++) {
            numeric.set(i, cells.get(i).matches("-?\\d+(\\.\\d+)?"));
        }
        return numeric;
    }

    private final class Source implements TableSource {
        private final String text;
        private final char delimiter;
        private int pos;
        private long line = 1;
        private final List<String> header;

        Source(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
            List<String> h = record();
            List<String> trimmed = new ArrayList<>();
            if (h != null) {
                h.forEach(c -> trimmed.add(c.strip()));
            }
            this.header = trimmed;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public TableRow next() {
            while (pos < text.length()) {
                long start = line;
                List<String> r = record();
                if (r != null && !(r.size() == 1 && r.get(0).isBlank())) {
                    return new TableRow(start, r, xlsx ? numeric(r) : null);
                }
            }
            return null;
        }

        @Override
        public double progress() {
            return text.isEmpty() ? 1 : (double) pos / text.length();
        }

        @Override
        public void close() {
            closed++;
        }

        private List<String> record() {
            if (pos >= text.length()) {
                return null;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"' && pos < text.length() && text.charAt(pos) == '"') {
                        cell.append('"');
                        pos++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r') {
                    // CRLF: the '\n' ends the record
                } else if (c == '\n') {
                    line++;
                    break;
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
