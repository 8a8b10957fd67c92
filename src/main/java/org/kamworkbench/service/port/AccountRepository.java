package org.kamworkbench.service.port;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.Account;

/** Stored accounts. Every write method is one transaction: it lands whole or not at all. */
public interface AccountRepository {
    List<Account> findAll();

    long count();

    /** Inserts {@code added} (ids ignored) and updates {@code updated} (by id) in one transaction. */
    void saveAll(List<Account> added, List<Account> updated);

    /** One account by its workspace id (stores override this default with a keyed read). */
    default Optional<Account> find(long id) {
        return findAll().stream().filter(a -> a.id() == id).findFirst();
    }

    /** One account by its CRM id. */
    default Optional<Account> findByExternalId(String externalId) {
        return findAll().stream().filter(a -> a.externalId().equals(externalId)).findFirst();
    }
}
