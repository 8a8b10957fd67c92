package org.kamworkbench.service.port;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.kamworkbench.domain.Account;

/** What an import writes: accounts to add (ids ignored) and accounts to update (by id). */
public record AccountChanges(List<Account> added, List<Account> updated) {
    /**
     * These changes against what is stored now: an account to add whose external id another writer has
     * stored meanwhile ({@code stored}, by external id) becomes {@code meanwhile.apply(fromFile, stored)},
     * an update (or nothing, when that is null), so the account is stored once.
     */
    public AccountChanges against(Map<String, Account> stored, BinaryOperator<Account> meanwhile) {
        if (stored.isEmpty()) {
            return this;
        }
        List<Account> toAdd = new ArrayList<>(added.size());
        List<Account> toUpdate = new ArrayList<>(updated);
        for (Account a : added) {
            Account now = stored.get(a.externalId());
            if (now == null) {
                toAdd.add(a);
            } else {
                Account merged = meanwhile.apply(a, now);
                if (merged != null) {
                    toUpdate.add(merged);
                }
            }
        }
        return new AccountChanges(toAdd, toUpdate);
    }
}
