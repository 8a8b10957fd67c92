package org.kamworkbench.store;

import java.sql.SQLException;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

/** Runs plain-JDBC work in one Jdbi transaction; a failure rolls it all back. */
final class Transactions {
    private Transactions() {
    }

    static void inTransaction(Jdbi jdbi, String what, HandleConsumer<SQLException> work) {
        try {
            jdbi.useTransaction(work);
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed; the workspace is unchanged: " + FirstLine.of(e), e);
        }
    }
}
