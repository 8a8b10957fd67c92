package org.kamworkbench.service.criteria;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Quadrant;

/**
 * Every account scored against one criteria set for one year: the complete ones ranked by total
 * score descending (ties by external id), the incomplete ones apart (by external id).
 */
public final class Scoreboard {
    /** Best first: score descending, then external id ascending. */
    public static final Comparator<AccountScore> RANKING = Comparator.comparingDouble(AccountScore::score).reversed()
            .thenComparing(s -> s.account().externalId());

    private final CriteriaSet set;
    private final int year;
    private final List<AccountScore> ranked;
    private final List<AccountScore> incomplete;
    private final Map<Long, AccountScore> byAccount = new HashMap<>();
    private final Map<Long, Integer> rankByAccount = new HashMap<>();

    Scoreboard(CriteriaSet set, int year, List<AccountScore> all) {
        this.set = set;
        this.year = year;
        List<AccountScore> complete = new ArrayList<>();
        List<AccountScore> apart = new ArrayList<>();
        for (AccountScore s : all) {
            (s.complete() ? complete : apart).add(s);
            byAccount.put(s.account().id(), s);
        }
        complete.sort(RANKING);
        apart.sort(Comparator.comparing(s -> s.account().externalId()));
        this.ranked = List.copyOf(complete);
        this.incomplete = List.copyOf(apart);
        for (int i = 0; i < ranked.size(); i++) {
            rankByAccount.put(ranked.get(i).account().id(), i + 1);
        }
    }

    public CriteriaSet set() {
        return set;
    }

    /** The year of the data-derived criteria. */
    public int year() {
        return year;
    }

    /** The complete accounts, best first. */
    public List<AccountScore> ranked() {
        return ranked;
    }

    /** The accounts with a missing level, apart. */
    public List<AccountScore> incomplete() {
        return incomplete;
    }

    /** The score of an account, or null when it is not in the workspace. */
    public AccountScore of(long accountId) {
        return byAccount.get(accountId);
    }

    /** The 1-based rank of a complete account; 0 when incomplete or unknown. */
    public int rank(long accountId) {
        return rankByAccount.getOrDefault(accountId, 0);
    }

    /** The complete accounts in a quadrant, best first. */
    public List<AccountScore> in(Quadrant quadrant) {
        return ranked.stream().filter(s -> s.quadrant() == quadrant).toList();
    }

    /** Per criterion of the set (in its order) lacking a level for some account: how many incomplete accounts lack it. */
    public List<MissingCount> missingCounts() {
        List<MissingCount> counts = new ArrayList<>();
        for (int c = 0; c < set.criteria().size(); c++) {
            int n = 0;
            for (AccountScore s : incomplete) {
                if (s.levels()[c] == 0) {
                    n++;
                }
            }
            if (n > 0) {
                counts.add(new MissingCount(set.criteria().get(c), n));
            }
        }
        return counts;
    }

    /** The incomplete accounts that lack a manual rating, and the manual criteria they lack. */
    public RatingTodo toRate() {
        java.util.Set<Long> accounts = new java.util.LinkedHashSet<>();
        java.util.Set<Integer> criteria = new java.util.TreeSet<>();
        for (AccountScore s : incomplete) {
            for (int c = 0; c < set.criteria().size(); c++) {
                if (s.levels()[c] == 0 && set.criteria().get(c).source().manual()) {
                    accounts.add(s.account().id());
                    criteria.add(c);
                }
            }
        }
        return new RatingTodo(accounts, criteria.stream().map(c -> set.criteria().get(c).name()).toList());
    }
}
