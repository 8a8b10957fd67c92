package org.kamworkbench.service.imports.revenue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.Account;

/**
 * The workspace's accounts for matching revenue rows: by external id (one hash lookup on the common
 * path), else by name, trimmed and case-insensitive. Accounts are addressed by a dense index.
 * Accounts the file creates (create-accounts) get the next indexes and a placeholder id until stored.
 */
final class AccountIndex {
    static final int NONE = -1;
    static final int AMBIGUOUS = -2;
    /** An account that cannot be created (its problem is reported). */
    static final int REFUSED = -3;
    /** Bytes {@link #byExternalIdBytes} cannot look up. */
    static final int UNKNOWN_BYTES = -4;

    private final PackedIds packed;
    private final Map<String, Integer> byExternalId;
    private final Map<String, Integer> byName;
    private final Map<Long, Integer> byId;
    private long[] ids;
    private String[] externalIds;
    private String[] currencies;
    private int size;
    private final int stored;
    private final Map<String, Integer> createdByExternalId = new HashMap<>();
    private final List<Account> created = new ArrayList<>();

    AccountIndex(List<Account> accounts) {
        int n = accounts.size();
        packed = new PackedIds(n);
        byExternalId = new HashMap<>(n * 2);
        byName = new HashMap<>(n * 2);
        byId = new HashMap<>(n * 2);
        ids = new long[n];
        externalIds = new String[n];
        currencies = new String[n];
        size = n;
        stored = n;
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

    /**
     * The index of the stored account whose external id is exactly the ASCII bytes {@code b[from..to)}, NONE,
     * or {@link #UNKNOWN_BYTES} when the bytes cannot be looked up this way (ask {@link #byExternalId(String)}).
     */
    int byExternalIdBytes(byte[] b, int from, int to) {
        int p = packed.get(b, from, to);
        if (!PackedIds.isPackable(p)) {
            return UNKNOWN_BYTES;
        }
        return p < 0 ? NONE : p;
    }

    /** The index of an account the file created, or NONE (looked up after the stored accounts miss). */
    int createdByExternalId(String externalId) {
        Integer i = createdByExternalId.get(externalId);
        return i == null ? NONE : i;
    }

    /** Adds an account to create (id 0, its external id unknown so far); returns its index. */
    int create(Account account) {
        if (size == ids.length) {
            int capacity = Math.max(16, size * 2);
            ids = Arrays.copyOf(ids, capacity);
            externalIds = Arrays.copyOf(externalIds, capacity);
            currencies = Arrays.copyOf(currencies, capacity);
        }
        int index = size++;
        ids[index] = placeholderId(index);
        externalIds[index] = account.externalId();
        currencies[index] = account.currency();
        createdByExternalId.put(account.externalId(), index);
        created.add(account);
        return index;
    }

    /** The accounts to create, in order of appearance. */
    List<Account> created() {
        return List.copyOf(created);
    }

    /** True for the id a created account holds until it is stored. */
    static boolean isPlaceholder(long id) {
        return id < 0;
    }

    /** The external id of the created account behind a placeholder id. */
    String externalIdOfPlaceholder(long id) {
        return externalIds[(int) (-id - 1)];
    }

    private static long placeholderId(int index) {
        return -1L - index;
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
        return size;
    }

    /** The accounts stored before this import (the created ones come after). */
    int storedSize() {
        return stored;
    }

    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
