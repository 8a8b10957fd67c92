package org.kamworkbench.service.port;

import java.util.List;
import java.util.function.Consumer;
import org.kamworkbench.domain.RevenueCell;
import org.kamworkbench.domain.RevenueMode;

/** Revenue at month grain (see {@link RevenueCell}). */
public interface RevenueRepository {
    /** Every stored non-empty cell (records &gt; 0), in no particular order. */
    void forEachCell(Consumer<RevenueCell> sink);

    /**
     * The same cells without their product lines (always empty): what amounts-only readers such as
     * the portfolio analysis need, read faster where the store can skip them.
     */
    default void forEachAmount(Consumer<RevenueCell> sink) {
        forEachCell(c -> sink.accept(c.productLines().isEmpty() ? c : new RevenueCell(c.accountId(), c.currency(),
                c.year(), c.month(), c.amountE4(), c.records())));
    }

    /**
     * Reads the stored amounts now (on this thread, in its transaction if any) and hands back what
     * {@link #forEachAmount} would do with them, to be run later on any thread: a store that keeps
     * them encoded leaves the decoding to that call.
     */
    default Consumer<Consumer<RevenueCell>> readAmounts() {
        List<RevenueCell> cells = new java.util.ArrayList<>();
        forEachAmount(cells::add);
        return sink -> cells.forEach(sink);
    }

    /** Months (year*100+month) that hold revenue of any account, ascending. */
    List<Integer> monthsWithRevenue();

    /**
     * Writes the cells in one transaction. With {@link RevenueMode#REPLACE} the {@code coveredMonths}
     * (year*100+month: every month the file covers — a yearly total covers all twelve) are first
     * emptied for every account; otherwise amounts and records are added to what is stored.
     * ({@link RevenueMode#NEW_PERIODS_ONLY} is checked by the caller and stores like ADD.)
     */
    void write(List<RevenueCell> cells, java.util.Set<Integer> coveredMonths, RevenueMode mode);
}
