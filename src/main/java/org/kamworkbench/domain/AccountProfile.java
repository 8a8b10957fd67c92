package org.kamworkbench.domain;

import java.util.List;

/**
 * What an account needs from the people who serve it (languages, expertise, complexity 1–5, null
 * when not assessed) and the KAM's notes on it. The industry need is the account's own industry.
 * Lists are never null.
 */
public record AccountProfile(long accountId, List<String> languages, List<String> expertise, Integer complexity,
                             String notes) {

    public AccountProfile {
        languages = List.copyOf(languages);
        expertise = List.copyOf(expertise);
    }

    public static AccountProfile empty(long accountId) {
        return new AccountProfile(accountId, List.of(), List.of(), null, null);
    }
}
