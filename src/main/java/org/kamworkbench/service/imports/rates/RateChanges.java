package org.kamworkbench.service.imports.rates;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kamworkbench.service.imports.run.RowImport.Counts;

/** Compares a file's rates with the stored ones: what is new, what changed, what stays as it is. */
final class RateChanges {
    private RateChanges() {
    }

    /**
     * Fills {@code changes} with the incoming rates that are new or differ from {@code existing}
     * (same key), and counts them.
     */
    static <T> Counts plan(Map<String, T> incoming, Map<String, BigDecimal> existing,
                           Function<T, BigDecimal> value, List<T> changes) {
        changes.clear();
        long added = 0;
        long updated = 0;
        long unchanged = 0;
        for (Map.Entry<String, T> e : incoming.entrySet()) {
            BigDecimal old = existing.get(e.getKey());
            if (old == null) {
                added++;
                changes.add(e.getValue());
            } else if (old.compareTo(value.apply(e.getValue())) == 0) {
                unchanged++;
            } else {
                updated++;
                changes.add(e.getValue());
            }
        }
        return new Counts(added, updated, unchanged);
    }
}
