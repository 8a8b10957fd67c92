package org.kamworkbench.service.imports.run;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.mapping.Fields;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.DateStyle;
import org.kamworkbench.service.imports.parse.NumberStyle;
import org.kamworkbench.service.imports.parse.StyleDetector;
import org.kamworkbench.service.port.TableRow;

/**
 * How the numbers and dates of a file are written: the user's choice when given, else detected
 * once from the sample rows of the columns that hold numbers and dates.
 */
public record ValueStyles(NumberStyle number, DateStyle date) {

    /**
     * @param proven styles a previous attempt proved (null fields: none); they beat detection but not
     *               the user's explicit options
     */
    public static ValueStyles of(ImportKind kind, ColumnMapping m, List<TableRow> sample, char delimiter,
                                 ImportOptions options, ValueStyles proven) {
        NumberStyle number;
        if (options.decimal() != null) {
            char d = options.decimal();
            if (d != '.' && d != ',') {
                throw new ImportInputException("import.badDecimal", String.valueOf(d));
            }
            number = new NumberStyle(d, true);
        } else if (proven != null && proven.number() != null) {
            number = proven.number();
        } else {
            number = StyleDetector.numberStyle(values(sample, numberColumns(kind, m)), delimiter);
        }
        DateStyle date;
        if (options.datePattern() != null && !options.datePattern().isBlank()) {
            date = DateStyle.ofPattern(options.datePattern());
            if (date.explicitPattern() != null) {
                try {
                    DateParser.formatter(date.explicitPattern());
                } catch (IllegalArgumentException e) {
                    throw new ImportInputException("import.badDatePattern", date.explicitPattern());
                }
            }
        } else if (proven != null && proven.date() != null) {
            date = proven.date();
        } else {
            int c = m.column(Fields.DATE);
            DateStyle detected = c < 0 ? null : StyleDetector.dateStyle(values(sample, List.of(c)));
            date = detected == null ? DateStyle.ISO : detected;
        }
        return new ValueStyles(number, date);
    }

    private static List<Integer> numberColumns(ImportKind kind, ColumnMapping m) {
        List<Integer> columns = new ArrayList<>();
        switch (kind) {
            case ACCOUNTS -> {
                columns.add(m.column(Fields.ANNUAL_REVENUE));
                columns.add(m.column(Fields.EMPLOYEES));
            }
            case REVENUE -> {
                columns.add(m.column(Fields.AMOUNT));
                columns.add(m.column(Fields.QUANTITY));
                columns.add(m.column(Fields.UNIT_PRICE));
                columns.addAll(m.yearColumns().keySet());
            }
            case FX -> columns.add(m.column(Fields.RATE));
            case INFLATION -> columns.add(m.column(Fields.PERCENT));
            case CONTACTS -> {
                // no numbers in a contacts file
            }
        }
        columns.removeIf(c -> c < 0);
        return columns;
    }

    private static List<String> values(List<TableRow> sample, List<Integer> columns) {
        List<String> values = new ArrayList<>();
        for (TableRow row : sample) {
            for (int c : columns) {
                String v = row.cell(c);
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}
