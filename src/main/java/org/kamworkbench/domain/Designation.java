package org.kamworkbench.domain;

import java.time.LocalDate;

/** One confirmation of an account's status, with why, when and by whom. The history is every one of them. */
public record Designation(long accountId, DesignationStatus status, String reason, LocalDate date, String author) {
}
