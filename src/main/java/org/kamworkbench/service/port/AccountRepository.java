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

    /**
     * Saves an import's accounts in one transaction, as {@link #saveAll(List, List, String, java.util.Collection)}
     * ({@code crm} null: no source is recorded), first re-reading, inside the transaction's write lock, which
     * accounts to add another writer has stored since the import read the workspace: those are saved as
     * {@code meanwhile.apply(fromFile, stored)} instead (see {@link AccountChanges#against}), so two imports of
     * the same new account both land and it is stored once. (This default, for stores without concurrent
     * writers, reads before saving.)
     *
     * @return what was written: the accounts added, and those updated (an account another writer stored meanwhile
     *         is among the updated, or in neither list when the file changed nothing of it)
     */
    default AccountChanges saveImport(AccountChanges changes, String crm, java.util.Collection<String> idsFromCrm,
                            java.util.function.BinaryOperator<Account> meanwhile) {
        java.util.Map<String, Account> stored = new java.util.HashMap<>();
        for (Account a : changes.added()) {
            findByExternalId(a.externalId()).ifPresent(s -> stored.put(s.externalId(), s));
        }
        AccountChanges now = changes.against(stored, meanwhile);
        if (crm != null) {
            saveAll(now.added(), now.updated(), crm, idsFromCrm);
        } else {
            saveAll(now.added(), now.updated());
        }
        return now;
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
