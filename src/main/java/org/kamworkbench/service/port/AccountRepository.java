package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.Account;

/** Stored accounts. Every write method is one transaction: it lands whole or not at all. */
public interface AccountRepository {
    List<Account> findAll();

    long count();

    /** Inserts {@code added} (ids ignored) and updates {@code updated} (by id) in one transaction. */
    void saveAll(List<Account> added, List<Account> updated);
}
