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
}
