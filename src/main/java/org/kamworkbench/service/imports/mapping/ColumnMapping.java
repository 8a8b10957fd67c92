package org.kamworkbench.service.imports.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.imports.MappedColumn;

/** Which source column feeds which field: the outcome of preset, synonyms and the user's mapping. */
public final class ColumnMapping {
    private final String preset;
    private final List<String> header;
    private final String[] fieldOfColumn;
    private final Map<String, Integer> columnOfField = new HashMap<>();

    ColumnMapping(String preset, List<String> header, String[] fieldOfColumn) {
        this.preset = preset;
        this.header = List.copyOf(header);
        this.fieldOfColumn = fieldOfColumn.clone();
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null) {
                columnOfField.put(fieldOfColumn[i], i);
            }
        }
    }

    /** The preset recognised or chosen ("generic" when none). */
    public String preset() {
        return preset;
    }

    public List<String> header() {
        return header;
    }

    /** The column index of a field, or -1 when no column maps to it. */
    public int column(String field) {
        Integer c = columnOfField.get(field);
        return c == null ? -1 : c;
    }

    public boolean has(String field) {
        return columnOfField.containsKey(field);
    }

    /** Revenue: an amount column, or quantity and unit price to multiply (a line's worth either way). */
    public boolean hasLineAmount() {
        return has(Fields.AMOUNT) || has(Fields.QUANTITY) && has(Fields.UNIT_PRICE);
    }

    /** The field of a column, or null. */
    public String fieldOf(int column) {
        return column < fieldOfColumn.length ? fieldOfColumn[column] : null;
    }

    /** The source header of a column. */
    public String headerOf(int column) {
        return header.get(column);
    }

    /** Source header → field key, in header order, for the columns that map. */
    public Map<String, String> byHeader() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null) {
                m.putIfAbsent(header.get(i), fieldOfColumn[i]);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** The columns that map, in header order, each with its field. */
    public List<MappedColumn> mapped() {
        List<MappedColumn> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (fieldOf(i) != null) {
                out.add(new MappedColumn(header.get(i), fieldOf(i)));
            }
        }
        return out;
    }

    /** The columns no field reads, in header order. */
    public List<String> ignored() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (fieldOf(i) == null) {
                out.add(header.get(i));
            }
        }
        return out;
    }

    /** Wide-form revenue: column index → year, for the "amount:YYYY" columns, in header order. */
    public Map<Integer, Integer> yearColumns() {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldOfColumn.length; i++) {
            int y = Fields.yearOfAmountField(fieldOfColumn[i]);
            if (y > 0) {
                m.put(i, y);
            }
        }
        return m;
    }
}
