package org.kamworkbench.service.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kamworkbench.domain.Account;

/**
 * The group hierarchy of accounts ({@code parentExternalId}): a parent the workspace does not hold
 * is ignored, and a loop in imported data stops where it closes.
 */
public final class AccountGroups {
    private final Map<String, Account> byExternalId = new HashMap<>();
    private final Map<String, List<Account>> children = new HashMap<>();

    public AccountGroups(List<Account> accounts) {
        accounts.forEach(a -> byExternalId.put(a.externalId(), a));
        for (Account a : accounts) {
            String parent = a.parentExternalId();
            if (parent != null && byExternalId.containsKey(parent) && !parent.equals(a.externalId())) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(a);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER)));
    }

    /** The parent held in the workspace, or null. */
    public Account parentOf(Account a) {
        String p = a.parentExternalId();
        return p == null || p.equals(a.externalId()) ? null : byExternalId.get(p);
    }

    public List<Account> childrenOf(Account a) {
        return children.getOrDefault(a.externalId(), List.of());
    }

    /** The top of the account's group (itself when it has no parent). */
    public Account topOf(Account a) {
        Set<String> seen = new HashSet<>();
        Account top = a;
        seen.add(a.externalId());
        for (Account up = parentOf(a); up != null && seen.add(up.externalId()); up = parentOf(up)) {
            top = up;
        }
        return top;
    }

    /** The account and everything below it. */
    public List<Account> subtree(Account a) {
        List<Account> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        collect(a, out, seen);
        return out;
    }

    /** True when making {@code parentExternalId} the parent of {@code a} would close a loop. */
    public boolean wouldLoop(Account a, String parentExternalId) {
        if (parentExternalId == null) {
            return false;
        }
        return subtree(a).stream().anyMatch(x -> x.externalId().equals(parentExternalId));
    }

    private void collect(Account a, List<Account> out, Set<String> seen) {
        if (!seen.add(a.externalId())) {
            return;
        }
        out.add(a);
        childrenOf(a).forEach(c -> collect(c, out, seen));
    }
}
