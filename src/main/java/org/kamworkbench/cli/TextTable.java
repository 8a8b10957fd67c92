package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; long cells are cut with an ellipsis. */
final class TextTable {
    private static final int MAX_WIDTH = 40;
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(List<String> header, boolean[] rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned;
    }

    void add(List<String> cells) {
        String[] row = new String[header.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = clean(i < cells.size() ? cells.get(i) : null);
        }
        rows.add(row);
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        String oneLine = cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() > MAX_WIDTH ? oneLine.substring(0, MAX_WIDTH - 1) + "…" : oneLine;
    }

    void print(PrintWriter out) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(line(header.toArray(String[]::new), widths));
        String[] rules = new String[widths.length];
        for (int i = 0; i < widths.length; i++) {
            rules[i] = "-".repeat(widths[i]);
        }
        out.println(line(rules, widths));
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            if (i > 0) {
                s.append("  ");
            }
            s.append(rightAligned[i] ? pad + cells[i] : cells[i] + (i == cells.length - 1 ? "" : pad));
        }
        return s.toString();
    }
}
