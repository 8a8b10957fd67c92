package org.kamworkbench.service.imports.revenue;

import java.util.BitSet;
import org.kamworkbench.service.imports.ImportInputException;

/**
 * The file's revenue summed per account, currency and month as rows are read, and the months it covers (those
 * whose stored revenue the import replaces or adds to). A yearly total lands in January and covers the year.
 */
final class RevenueSums {
    private final AccountIndex accounts;
    private CellAccumulator cells = new CellAccumulator();
    /** Month i since January 1900 is set when a row falls in it. */
    private final BitSet covered = new BitSet();

    RevenueSums(AccountIndex accounts) {
        this.accounts = accounts;
    }

    /**
     * Adds to the cell of the month, or of January for a whole year (period = yyyymm, mm 0 = year).
     *
     * @throws ImportInputException when the cell's sum no longer fits, naming the row's line
     */
    void add(long line, int account, int currency, int period, long amountE4, long productLine) {
        int year = period / 100;
        int month = period % 100;
        try {
            cells.add(CellAccumulator.key(account, currency, year, month == 0 ? 1 : month), amountE4, 1, productLine);
        } catch (ArithmeticException e) {
            throw new ImportInputException("import.revenueOverflow", String.valueOf(line), accounts.externalId(account), String.valueOf(year));
        }
        int base = (year - 1900) * 12;
        if (month == 0) {
            covered.set(base, base + 12);
        } else {
            covered.set(base + month - 1);
        }
    }

    /** The sums so far; null after {@link #release}. */
    CellAccumulator cells() {
        return cells;
    }

    BitSet covered() {
        return covered;
    }

    /** Once the planner has listed the cells: lets the table go before the store allocates for the write. */
    void release() {
        cells = null;
    }
}
