package org.kamworkbench.service.imports;

import java.util.List;

/**
 * A report that lists the first {@link ImportReport#MAX_PROBLEMS} problems of all it found. JSON prints
 * {@code problemCount} (all of them) and {@code problemsTruncated} (whether the list is cut) beside
 * {@code problems}, so that a reader never takes a cut list for all of it.
 */
public interface ProblemList {
    /** All problems found. */
    long problemCount();

    /** The first problems, at most {@link ImportReport#MAX_PROBLEMS}. */
    List<ImportProblem> problems();

    /** Whether {@link #problems()} holds fewer than all (named as a bean getter so JSON shows it). */
    default boolean isProblemsTruncated() {
        return problemCount() > problems().size();
    }

    /** How many problems are not listed. */
    default long problemsNotListed() {
        return problemCount() - problems().size();
    }
}
