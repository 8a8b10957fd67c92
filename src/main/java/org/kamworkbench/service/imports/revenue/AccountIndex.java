package org.kamworkbench.service.imports.revenue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.Account;

/**
 * The workspace's accounts for matching revenue rows: by external id (one hash lookup on the common
 * path), else by name, trimmed and case-insensitive. Accounts are addressed by a dense index.
 */
final class AccountIndex {
    static final int NONE = -1;
    static final int AMBIGUOUS = -2;

    private final PackedIds packed;
    private final Map<String, Integer> byExternalId;
    private final Map<String, Integer> byName;
    private final Map<Long, Integer> byId;
    private final long[] ids;
    private final String[] externalIds;
    private final String[] currencies;

    AccountIndex(List<Account> accounts) {
        int n = accounts.size();
        packed = new PackedIds(n);
        byExternalId = new HashMap<>(n * 2);
        byName = new HashMap<>(n * 2);
        byId = new HashMap<>(n * 2);
        ids = new long[n];
        externalIds = new String[n];
        currencies = new String[n];
        for (int i = 0; i < n; i++) {
            Account a = accounts.get(i);
            ids[i] = a.id();
            externalIds[i] = a.externalId();
            currencies[i] = a.currency();
            byExternalId.put(a.externalId(), i);
            packed.put(a.externalId(), i);
            byId.put(a.id(), i);
            if (a.name() != null) {
                byName.merge(nameKey(a.name()), i, (x, y) -> AMBIGUOUS);
            }
        }
    }

    /** The index of the account with this external id (exactly as stored), or NONE. */
    int byExternalId(String externalId) {
        int p = packed.get(externalId);
        if (PackedIds.isPackable(p)) {
            return p < 0 ? NONE : p;
        }
        Integer i = byExternalId.get(externalId);
        return i == null ? NONE : i;
    }

    /** The index of the account with this name, NONE, or AMBIGUOUS when several accounts share it. */
    int byName(String name) {
        Integer i = byName.get(nameKey(name));
        return i == null ? NONE : i;
    }

    /** The index of a stored account id, or NONE. */
    int byId(long id) {
        Integer i = byId.get(id);
        return i == null ? NONE : i;
    }

    long id(int index) {
        return ids[index];
    }

    String externalId(int index) {
        return externalIds[index];
    }

    /** The account's currency, or null. */
    String currency(int index) {
        return currencies[index];
    }

    int size() {
        return ids.length;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
