package org.kamworkbench.ui.keyaccounts;

import java.util.List;

/** RFC 4180 CSV text of a list's rows (a header first): what the "Export CSV…" buttons write. */
final class CsvText {
    private CsvText() {
    }

    static String of(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    s.append(',');
                }
                s.append(quote(row.get(i)));
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static String quote(String cell) {
        String v = cell == null ? "" : cell;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
