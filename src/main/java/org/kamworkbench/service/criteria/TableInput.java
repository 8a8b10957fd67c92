package org.kamworkbench.service.criteria;

import org.kamworkbench.service.message.Sentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.port.TableRow;
import org.kamworkbench.service.port.TableSource;

/**
 * Reads a small CSV/XLSX file whose columns are named by a fixed header (case-insensitive), and
 * collects every problem with its line, column and value: the shape of the ratings, effort and
 * spend imports, which land whole or not at all.
 */
final class TableInput {
    /** One data row, its cells by column name. */
    record Row(long line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private TableInput() {
    }

    /**
     * @throws CriteriaInputException when the file cannot be read or lacks a required column
     */
    static TableInput read(TableFiles files, Path file, List<String> required, List<String> optional) {
        TableInput input = new TableInput();
        try (TableSource source = files.open(file, files.detect(file, null))) {
            Map<String, Integer> index = new HashMap<>();
            List<String> header = source.header();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = required.stream().filter(c -> !index.containsKey(c.toLowerCase(Locale.ROOT)))
                    .toList();
            if (!missing.isEmpty()) {
                throw new CriteriaInputException("criteria.headerLacks", missing.size(), String.join(", ", missing),
                        String.join(",", required), optional.size(), String.join(",", optional));
            }
            List<String> columns = new ArrayList<>(required);
            columns.addAll(optional);
            for (TableRow r = source.next(); r != null; r = source.next()) {
                Map<String, String> cells = new HashMap<>();
                for (String c : columns) {
                    Integer i = index.get(c.toLowerCase(Locale.ROOT));
                    if (i != null) {
                        cells.put(c, r.cell(i));
                    }
                }
                input.rows.add(new Row(r.line(), cells));
            }
        } catch (IOException e) {
            throw new CriteriaInputException("import.unreadable", String.valueOf(file.getFileName()), e.getMessage());
        }
        if (input.rows.isEmpty()) {
            throw new CriteriaInputException("criteria.noRows", String.valueOf(file.getFileName()));
        }
        return input;
    }

    /**
     * The header of the file, as written.
     *
     * @throws CriteriaInputException when the file cannot be read
     */
    static List<String> header(TableFiles files, Path file) {
        try (TableSource source = files.open(file, files.detect(file, null))) {
            List<String> header = new ArrayList<>();
            source.header().forEach(h -> header.add(h == null ? "" : h));
            return header;
        } catch (IOException e) {
            throw new CriteriaInputException("import.unreadable", String.valueOf(file.getFileName()), e.getMessage());
        }
    }

    List<Row> rows() {
        return rows;
    }

    void problem(Row row, String column, String value, Sentence because) {
        problems.add(ImportProblem.of(row.line(), column, value, because));
    }

    void problem(Row row, String column, String value, String key, Object... args) {
        problem(row, column, value, Sentence.of(key, args));
    }

    /** @throws CriteriaInputException with one sentence per problem, when there is any */
    void failOnProblems() {
        if (!problems.isEmpty()) {
            List<Sentence> lines = new ArrayList<>();
            problems.forEach(p -> lines.add(p.sentence()));
            lines.add(Sentence.of("criteria.problemCount", problems.size()));
            throw new CriteriaInputException(lines);
        }
    }
}
