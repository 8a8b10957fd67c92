package org.kamworkbench.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.port.RatingRepository;

/** The latest rating per account and criterion name, in {@code rating}. */
public final class RatingStore implements RatingRepository {
    private final Jdbi jdbi;

    public RatingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Rating> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, criterion_name, level_no, rated_on, author, note "
                        + "FROM rating ORDER BY account_id, criterion_name")
                .map((rs, ctx) -> new Rating(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6))).list());
    }

    @Override
    public void saveAll(List<Rating> ratings) {
        Transactions.inTransaction(jdbi, "Saving ratings", h -> KeyedRows.replace(h, ratings,
                r -> List.of(r.accountId(), r.criterion()),
                "DELETE FROM rating WHERE account_id = :account AND criterion_name = :criterion",
                "INSERT INTO rating (account_id, criterion_name, level_no, rated_on, author, note) "
                        + "VALUES (:account, :criterion, :level, :date, :author, :note)",
                (batch, r) -> batch.bind("account", r.accountId()).bind("criterion", r.criterion())
                        .bind("level", r.level()).bind("date", r.date()).bind("author", r.author())
                        .bind("note", r.comment())));
    }

    @Override
    public void delete(long accountId, String criterion) {
        Transactions.inTransaction(jdbi, "Removing a rating", h -> h.createUpdate(
                        "DELETE FROM rating WHERE account_id = :account AND criterion_name = :criterion")
                .bind("account", accountId).bind("criterion", criterion).execute());
    }
}
