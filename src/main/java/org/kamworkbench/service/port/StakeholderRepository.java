package org.kamworkbench.service.port;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.Stakeholder;

/** The people at client accounts. Every write is one transaction. */
public interface StakeholderRepository {
    List<Stakeholder> findByAccount(long accountId);

    List<Stakeholder> findAll();

    Optional<Stakeholder> find(long id);

    /** Inserts (id 0) or updates (by id) a stakeholder; returns it with its id. */
    Stakeholder save(Stakeholder stakeholder);

    /** Deletes a stakeholder; the people who reported to them then report to nobody. */
    void delete(long id);

    /**
     * Inserts (id 0) and updates (by id) many stakeholders in one transaction. A negative
     * {@code reportsToId} -k points at the k-th stakeholder of the batch (1-based), so people added
     * together can report to each other. Returns them with their ids, in the batch's order.
     */
    List<Stakeholder> saveAll(List<Stakeholder> batch);
}
