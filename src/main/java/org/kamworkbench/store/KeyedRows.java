package org.kamworkbench.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * Saving rows that replace the ones stored under the same key (a rating per account and criterion, a
 * rate per currency and period…) in the SQL H2 and PostgreSQL both accept, where an upsert is spelled
 * differently on each: one batch deletes by key, one batch inserts. Two round trips for the whole list
 * instead of two per row, which a database server makes expensive. Run it inside the write's transaction.
 */
final class KeyedRows {
    private KeyedRows() {
    }

    /**
     * Replaces the stored rows under the keys of {@code rows}; of two rows with one key the later is kept.
     * {@code bind} binds a row's named parameters (those of the delete are a subset of the insert's).
     */
    static <R> void replace(Handle h, Collection<R> rows, Function<R, ?> key, String deleteByKey, String insert,
                            BiConsumer<PreparedBatch, R> bind) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Object, R> lastByKey = new LinkedHashMap<>();
        rows.forEach(r -> lastByKey.put(key.apply(r), r));
        for (String sql : List.of(deleteByKey, insert)) {
            PreparedBatch batch = h.prepareBatch(sql);
            batch.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
            lastByKey.values().forEach(r -> {
                bind.accept(batch, r);
                batch.add();
            });
            batch.execute();
        }
    }
}
