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

    /**
     * As {@link #saveAll(List, List)}, and records in the same transaction that the ids {@code idsFromCrm}
     * (added, updated or unchanged accounts) came from the CRM {@code crm} (an import preset's name).
     */
    default void saveAll(List<Account> added, List<Account> updated, String crm, java.util.Collection<String> idsFromCrm) {
        saveAll(added, updated);
    }

    /** External id → the CRM it came from (salesforce, hubspot, zoho), for accounts imported with a CRM preset. */
    default java.util.Map<String, String> idSources() {
        return java.util.Map.of();
    }

    /** One account by its workspace id (stores override this default with a keyed read). */
    default Optional<Account> find(long id) {
        return findAll().stream().filter(a -> a.id() == id).findFirst();
    }

    /** One account by its CRM id. */
    default Optional<Account> findByExternalId(String externalId) {
        return findAll().stream().filter(a -> a.externalId().equals(externalId)).findFirst();
    }
}
