package org.kamworkbench.domain;

/**
 * A colleague on an account's team with their role there (legal, finance, supply chain, ...).
 * {@code lead} marks the lead key account manager; an account has at most one.
 */
public record AccountTeamMember(long accountId, long colleagueId, String role, boolean lead) {
}
