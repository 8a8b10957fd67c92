package org.kamworkbench.service.criteria;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.port.CriteriaRepository;

/**
 * The versioned criteria sets (issue 4): which set scoring uses, saving and importing a new dated
 * version, and the sets whose review date has come. The other key-account services ask it for the
 * current set, so "current" is decided here only.
 */
public final class CriteriaSetService {
    private final CriteriaRepository criteria;
    private final Clock clock;

    public CriteriaSetService(CriteriaRepository criteria, Clock clock) {
        this.criteria = criteria;
        this.clock = clock;
    }

    /** Today on the workspace's clock: the date ratings, designations and reviews are dated with. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The set scoring uses: the most recently saved version of any set. */
    public Optional<CriteriaSet> currentSet() {
        return criteria.current();
    }

    /** The newest version of every set, most recently saved first. */
    public List<CriteriaSet> latestSets() {
        return criteria.latestVersions();
    }

    /** Every version of a set, oldest first. */
    public List<CriteriaSet> versions(String name) {
        return criteria.versions(name);
    }

    /** The version saved before {@code set}, if any. */
    public Optional<CriteriaSet> previousVersion(CriteriaSet set) {
        return criteria.versions(set.name()).stream().filter(v -> v.version() < set.version())
                .max(Comparator.comparingInt(CriteriaSet::version));
    }

    /**
     * Saves the set as a new dated version of the set with its name.
     *
     * @throws CriteriaInputException with every rule it breaks
     */
    public CriteriaSet save(CriteriaSet set) {
        List<Sentence> problems = CriteriaValidator.problems(set);
        if (!problems.isEmpty()) {
            throw new CriteriaInputException(problems);
        }
        return criteria.saveNewVersion(set, LocalDateTime.now(clock).withNano(0));
    }

    /** Validates a file's set and saves it as a new version (see {@link #save}). */
    public CriteriaSet importCriteria(CriteriaDraft draft) {
        return save(CriteriaValidator.toSet(draft));
    }

    /** The sets whose review date has come, oldest due first. */
    public List<CriteriaSet> reviewsDue() {
        LocalDate today = today();
        return criteria.latestVersions().stream().filter(s -> !s.reviewDue().isAfter(today))
                .sorted(Comparator.comparing(CriteriaSet::reviewDue)).toList();
    }
}
