package org.kamworkbench.service.imports.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.port.AccountRepository;

/** Accounts in a map, ids assigned on insert like the store does. */
public final class MemoryAccounts implements AccountRepository {
    private final Map<Long, Account> byId = new LinkedHashMap<>();
    private long nextId = 1;
    public int saves;

    @Override
    public List<Account> findAll() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public void saveAll(List<Account> added, List<Account> updated) {
        saves++;
        for (Account a : added) {
            if (byId.values().stream().anyMatch(x -> x.externalId().equals(a.externalId()))) {
                throw new IllegalStateException("duplicate external id " + a.externalId());
            }
            Account stored = a.withId(nextId++);
            byId.put(stored.id(), stored);
        }
        for (Account a : updated) {
            if (!byId.containsKey(a.id())) {
                throw new IllegalStateException("no account " + a.id());
            }
            byId.put(a.id(), a);
        }
    }

    public Account byExternalId(String externalId) {
        return byId.values().stream().filter(a -> a.externalId().equals(externalId)).findFirst().orElse(null);
    }

    /** Adds an account directly (test setup). */
    public Account add(String externalId, String name, String country, String currency) {
        saveAll(List.of(new Account(0, externalId, name, null, country, null, null, null, null, currency, null, null,
                null, null)), List.of());
        return byExternalId(externalId);
    }
}
