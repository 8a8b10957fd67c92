package org.kamworkbench.service.criteria;

import java.util.List;
import java.util.Set;

/**
 * What the rating grid must show to complete the matrix: exactly the incomplete accounts that lack
 * a manual rating, and the manual criteria they lack. Empty when ratings cannot complete anything.
 *
 * @param accountIds the accounts (workspace ids)
 * @param criteria   the manual criteria's names, in the set's order
 */
public record RatingTodo(Set<Long> accountIds, List<String> criteria) {
    public RatingTodo {
        accountIds = Set.copyOf(accountIds);
        criteria = List.copyOf(criteria);
    }

    public boolean isEmpty() {
        return accountIds.isEmpty();
    }
}
