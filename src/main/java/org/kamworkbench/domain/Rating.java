package org.kamworkbench.domain;

import java.time.LocalDate;

/**
 * A person's rating of an account on a manual criterion (by the criterion's name, so ratings carry
 * over to the next version of a set). {@code comment} may be empty.
 */
public record Rating(long accountId, String criterion, int level, LocalDate date, String author, String comment) {
    public Rating {
        comment = comment == null ? "" : comment;
        author = author == null ? "" : author;
    }
}
