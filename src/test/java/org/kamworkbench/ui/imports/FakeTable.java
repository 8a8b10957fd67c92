package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.kamworkbench.service.imports.ImportInputException;

/** A small table reader for the fake service: CSV with charset and delimiter detection, or an XLSX sheet. */
final class FakeTable {
    final Charset charset;
    final boolean bom;
    final char delimiter;
    final List<String> header;
    final List<List<String>> rows;
    /** The sheet read, null for CSV. */
    final String sheet;

    private FakeTable(Charset charset, boolean bom, char delimiter, List<String> header, List<List<String>> rows,
            String sheet) {
        this.charset = charset;
        this.bom = bom;
        this.delimiter = delimiter;
        this.header = header;
        this.rows = rows;
        this.sheet = sheet;
    }

    /** A sheet of an XLSX workbook (the first one when {@code sheet} is null). */
    static FakeTable readSheet(Path file, String sheet) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet chosen = sheet == null ? workbook.getFirstSheet() : workbook.findSheet(sheet)
                    .orElseThrow(() -> new ImportInputException("The workbook has no sheet named '" + sheet + "'."));
            List<List<String>> records = new ArrayList<>();
            for (Row row : chosen.read()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellAsString(i).orElse(""));
                }
                records.add(cells);
            }
            List<String> header = records.isEmpty() ? List.of() : records.get(0);
            return new FakeTable(null, false, '\0', header,
                    records.isEmpty() ? List.of() : records.subList(1, records.size()), chosen.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeTable read(Path file, String encoding, Character delimiter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
        Charset charset = encoding != null ? Charset.forName(encoding) : detect(bytes, bom);
        String content = new String(bytes, charset);
        if (bom && content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<String> lines = content.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return new FakeTable(charset, bom, ',', List.of(), List.of(), null);
        }
        char d = delimiter != null ? delimiter : detectDelimiter(lines.get(0));
        List<List<String>> records = new ArrayList<>();
        for (String line : lines) {
            records.add(split(line, d));
        }
        return new FakeTable(charset, bom, d, records.get(0), records.subList(1, records.size()), null);
    }

    private static Charset detect(byte[] bytes, boolean bom) {
        if (bom) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        }
    }

    private static char detectDelimiter(String header) {
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    private static List<String> split(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }
}
