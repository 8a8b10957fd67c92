package org.kamworkbench.service.privacy;

import java.util.Optional;

/** Everything the workspace holds about one stakeholder, and removing it. */
public interface PersonalDataRepository {
    /** What the workspace holds about stakeholder {@code id}; empty when there is no such stakeholder. */
    Optional<PersonFootprint> footprint(long id);

    /**
     * In one transaction: the stakeholder record is deleted, the people reporting to them report to nobody,
     * they leave the meetings and plan reviews they attended, the actions they owned have no client owner,
     * and every text that mentions them ({@code footprint.mentions()}) has their name and e-mail replaced
     * by {@code replacement}.
     *
     * @return what was removed or changed (as found inside the transaction)
     */
    Optional<PersonFootprint> forget(long id, String replacement);
}
