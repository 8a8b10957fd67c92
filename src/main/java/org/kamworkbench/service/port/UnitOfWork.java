package org.kamworkbench.service.port;

/**
 * Runs several repository writes as one transaction: they land together or not at all (an import that
 * creates accounts and writes their revenue). Repository calls made inside join the transaction.
 */
public interface UnitOfWork {
    /** For stores without transactions of their own (in-memory fakes): runs the work as it is. */
    UnitOfWork DIRECT = Runnable::run;

    void inTransaction(Runnable work);
}
