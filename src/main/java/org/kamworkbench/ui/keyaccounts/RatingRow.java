package org.kamworkbench.ui.keyaccounts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Rating;

/** One account of the rating grid and its ratings by criterion name; replaced as ratings change. */
public final class RatingRow {
    private final Account account;
    private final Map<String, Rating> ratings = new HashMap<>();

    RatingRow(Account account) {
        this.account = account;
    }

    public Account account() {
        return account;
    }

    /** The rating on a criterion, or null. */
    public Rating rating(String criterion) {
        return ratings.get(criterion.toLowerCase(Locale.ROOT));
    }

    void put(String criterion, Rating rating) {
        if (rating == null) {
            ratings.remove(criterion.toLowerCase(Locale.ROOT));
        } else {
            ratings.put(criterion.toLowerCase(Locale.ROOT), rating);
        }
    }
}
