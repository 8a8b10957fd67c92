package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;

/** Effort per account and year, and the client's estimated spend per account. Every write is one transaction. */
public interface EffortRepository {
    List<Effort> efforts();

    /** Inserts or replaces (by account and year), in one transaction. */
    void saveEfforts(List<Effort> efforts);

    List<EstimatedSpend> estimatedSpend();

    /** Inserts or replaces (by account), in one transaction. */
    void saveEstimatedSpend(List<EstimatedSpend> spend);
}
