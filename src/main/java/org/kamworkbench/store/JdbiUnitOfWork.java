package org.kamworkbench.store;

import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.service.port.UnitOfWork;

/**
 * One Jdbi transaction around several stores' writes: Jdbi hands nested calls on the same thread the
 * outer handle, and a handle already in a transaction runs nested transactions inside it.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void inTransaction(Runnable work) {
        jdbi.useTransaction(h -> work.run());
    }
}
