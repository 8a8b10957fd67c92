package org.kamworkbench.service.port;

import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.CriteriaSet;

/** Versioned criteria sets. Every write is one transaction. */
public interface CriteriaRepository {
    /**
     * Stores {@code set} as the next version of the set with its name (its own version and
     * savedAt are ignored: the store numbers it); returns it as stored.
     */
    CriteriaSet saveNewVersion(CriteriaSet set, java.time.LocalDateTime savedAt);

    /** Every version of the set with this name, oldest first; empty when unknown. */
    List<CriteriaSet> versions(String name);

    /** The newest version of every set, most recently saved first. */
    List<CriteriaSet> latestVersions();

    /** The most recently saved version of any set: the one scoring uses. */
    default Optional<CriteriaSet> current() {
        List<CriteriaSet> latest = latestVersions();
        return latest.isEmpty() ? Optional.empty() : Optional.of(latest.get(0));
    }
}
