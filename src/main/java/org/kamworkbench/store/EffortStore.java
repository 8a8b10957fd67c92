package org.kamworkbench.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.service.port.EffortRepository;

/** Effort per account and year ({@code effort}) and the clients' estimated spend ({@code estimated_spend}). */
public final class EffortStore implements EffortRepository {
    private final Jdbi jdbi;

    public EffortStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Effort> efforts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, period_year, hours, budget FROM effort "
                        + "ORDER BY account_id, period_year")
                .map((rs, ctx) -> new Effort(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list());
    }

    @Override
    public void saveEfforts(List<Effort> efforts) {
        Transactions.inTransaction(jdbi, "Saving effort", h -> KeyedRows.replace(h, efforts,
                e -> List.of(e.accountId(), e.year()),
                "DELETE FROM effort WHERE account_id = :account AND period_year = :year",
                "INSERT INTO effort (account_id, period_year, hours, budget) VALUES (:account, :year, :hours, :budget)",
                (batch, e) -> batch.bind("account", e.accountId()).bind("year", e.year()).bind("hours", e.hours())
                        .bind("budget", e.budget())));
    }

    @Override
    public List<EstimatedSpend> estimatedSpend() {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, amount, currency FROM estimated_spend "
                        + "ORDER BY account_id")
                .map((rs, ctx) -> new EstimatedSpend(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3))).list());
    }

    @Override
    public void saveEstimatedSpend(List<EstimatedSpend> spend) {
        Transactions.inTransaction(jdbi, "Saving estimated spend", h -> KeyedRows.replace(h, spend,
                EstimatedSpend::accountId, "DELETE FROM estimated_spend WHERE account_id = :account",
                "INSERT INTO estimated_spend (account_id, amount, currency) VALUES (:account, :amount, :currency)",
                (batch, s) -> batch.bind("account", s.accountId()).bind("amount", s.amount())
                        .bind("currency", s.currency())));
    }
}
