package org.kamworkbench.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.service.port.DesignationRepository;

/** The designation history in {@code designation}. */
public final class DesignationStore implements DesignationRepository {
    private final Jdbi jdbi;

    public DesignationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Designation> history() {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, status, reason, designated_on, author "
                        + "FROM designation ORDER BY account_id, designated_on, id")
                .map((rs, ctx) -> new Designation(rs.getLong(1), DesignationStatus.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5))).list());
    }

    @Override
    public void add(Designation d) {
        Transactions.inTransaction(jdbi, "Saving the designation", h -> h.createUpdate(
                        "INSERT INTO designation (account_id, status, reason, designated_on, author) "
                                + "VALUES (:account, :status, :reason, :date, :author)")
                .bind("account", d.accountId()).bind("status", d.status().name()).bind("reason", d.reason())
                .bind("date", d.date()).bind("author", d.author() == null ? "" : d.author()).execute());
    }

    @Override
    public void addAll(List<Designation> list) {
        Transactions.inTransaction(jdbi, "Saving the designations", h -> {
            var batch = h.prepareBatch("INSERT INTO designation (account_id, status, reason, designated_on, author) "
                    + "VALUES (:account, :status, :reason, :date, :author)");
            for (Designation d : list) {
                batch.bind("account", d.accountId()).bind("status", d.status().name()).bind("reason", d.reason())
                        .bind("date", d.date()).bind("author", d.author() == null ? "" : d.author()).add();
            }
            if (!list.isEmpty()) {
                batch.execute();
            }
        });
    }
}
