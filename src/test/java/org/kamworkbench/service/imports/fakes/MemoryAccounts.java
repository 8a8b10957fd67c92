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
    private final Map<String, Long> idOfExternalId = new java.util.HashMap<>();
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
            if (idOfExternalId.containsKey(a.externalId())) {
                throw new IllegalStateException("duplicate external id " + a.externalId());
            }
            Account stored = a.withId(nextId++);
            byId.put(stored.id(), stored);
            idOfExternalId.put(stored.externalId(), stored.id());
        }
        for (Account a : updated) {
            Account old = byId.get(a.id());
            if (old == null || !old.externalId().equals(a.externalId())) {
                throw new IllegalStateException("no account " + a.id() + " with external id " + a.externalId());
            }
            byId.put(a.id(), a);
        }
    }

    /** Runs once at the start of the next {@link #saveImport}: another writer storing accounts meanwhile. */
    public Runnable meanwhile = () -> { };

    @Override
    public org.kamworkbench.service.port.AccountChanges saveImport(org.kamworkbench.service.port.AccountChanges changes, String crm,
                           java.util.Collection<String> idsFromCrm, java.util.function.BinaryOperator<Account> merge) {
        Runnable other = meanwhile;
        meanwhile = () -> { };
        other.run();
        return AccountRepository.super.saveImport(changes, crm, idsFromCrm, merge);
    }

    public Account byExternalId(String externalId) {
        Long id = idOfExternalId.get(externalId);
        return id == null ? null : byId.get(id);
    }

    /** Adds an account directly (test setup). */
    public Account add(String externalId, String name, String country, String currency) {
        saveAll(List.of(new Account(0, externalId, name, null, country, null, null, null, null, currency, null, null,
                null, null)), List.of());
        return byExternalId(externalId);
    }
}
