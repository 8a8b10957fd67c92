package org.kamworkbench.ui.keyaccounts;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Rating;

/**
 * One account of the rating grid: its revenue and ABC class in the scoring year and one observable
 * rating per criterion (by name), so that a rating changes its cell without touching the grid's rows
 * (replacing a row moved the grid's focus and lost the keystrokes that followed).
 */
public final class RatingRow {
    private final Account account;
    private final Map<String, ObjectProperty<Rating>> ratings = new HashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private BigDecimal revenue;
    private String abcClass;

    RatingRow(Account account, BigDecimal revenue, String abcClass) {
        this.account = account;
        this.revenue = revenue;
        this.abcClass = abcClass;
    }

    public Account account() {
        return account;
    }

    /** Our revenue with the account in the scoring year, reporting currency. */
    public BigDecimal revenue() {
        return revenue;
    }

    /** "A", "B", "C", or "" without positive revenue. */
    public String abcClass() {
        return abcClass;
    }

    void figures(BigDecimal newRevenue, String newAbcClass) {
        this.revenue = newRevenue;
        this.abcClass = newAbcClass;
    }

    /** The rating on a criterion, or null. */
    public Rating rating(String criterion) {
        return ratingProperty(criterion).get();
    }

    public ReadOnlyObjectProperty<Rating> ratingProperty(String criterion) {
        return ratings.computeIfAbsent(key(criterion), k -> new SimpleObjectProperty<>());
    }

    void put(String criterion, Rating rating) {
        ((ObjectProperty<Rating>) ratingProperty(criterion)).set(rating);
    }

    /** A write of this cell is on its way: a reload must not show the older value meanwhile. */
    void writing(String criterion, int delta) {
        pending.merge(key(criterion), delta, Integer::sum);
    }

    boolean isWriting(String criterion) {
        return pending.getOrDefault(key(criterion), 0) > 0;
    }

    private static String key(String criterion) {
        return criterion.toLowerCase(Locale.ROOT);
    }
}
