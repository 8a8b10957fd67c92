package org.kamworkbench.service.imports.run;

import org.kamworkbench.service.message.Sentence;

import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.PeriodParser;
import org.kamworkbench.service.port.TableRow;

/**
 * Reads the period of a row: one period column ("2024", "2024-03"), or a year and an optional month
 * (a month column alone is read as a period, e.g. "2024-03").
 */
public final class PeriodCells {
    private final Cells cells;
    private final int cPeriod;
    private final int cYear;
    private final int cMonth;

    public PeriodCells(Cells cells, int cPeriod, int cYear, int cMonth) {
        this.cells = cells;
        this.cPeriod = cPeriod;
        this.cYear = cYear;
        this.cMonth = cMonth;
    }

    /** year*100 + month (0 = the whole year), or -1 after reporting a problem. */
    public int read(TableRow row) {
        if (cPeriod >= 0 || cYear < 0) {
            int column = cPeriod >= 0 ? cPeriod : cMonth;
            String s = Cells.get(row, column);
            try {
                return PeriodParser.parse(s);
            } catch (InvalidValueException e) {
                cells.problem(row, column, s.isEmpty() ? null : s, s.isEmpty() ? Sentence.of("value.periodEmpty") : e.sentence());
                return -1;
            }
        }
        String y = Cells.get(row, cYear);
        int year = PeriodParser.year(y);
        if (year < 0) {
            cells.refuse(row, cYear, y.isEmpty() ? null : y, y.isEmpty() ? "value.yearEmpty" : "value.notAYear");
            return -1;
        }
        String m = Cells.get(row, cMonth);
        if (m.isEmpty()) {
            return year * 100;
        }
        int month = PeriodParser.month(m);
        if (month < 0) {
            cells.refuse(row, cMonth, m, "value.notMonth");
            return -1;
        }
        return year * 100 + month;
    }
}
