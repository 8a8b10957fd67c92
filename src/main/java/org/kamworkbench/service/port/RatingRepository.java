package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.Rating;

/** The latest rating per account and criterion name. Every write is one transaction. */
public interface RatingRepository {
    List<Rating> findAll();

    /** Inserts or replaces (by account and criterion) every rating, in one transaction. */
    void saveAll(List<Rating> ratings);

    /** Removes the rating of an account on a criterion. */
    void delete(long accountId, String criterion);
}
