package org.kamworkbench.domain;

import java.util.List;
import java.util.Map;

/**
 * A person on our side: a key account manager or an internal expert. {@code id} is the
 * workspace's key (0 before it is stored). {@code capacity} is how many key accounts the person
 * can carry (null when not set). {@code competencies} holds, for key account managers, a level
 * 1–5 per competency (empty for others). Lists are never null.
 */
public record Colleague(
        long id,
        String name,
        String function,
        String email,
        List<String> expertise,
        List<String> languages,
        Integer capacity,
        Map<Competency, Integer> competencies) {

    public Colleague {
        expertise = List.copyOf(expertise);
        languages = List.copyOf(languages);
        competencies = Map.copyOf(competencies);
    }

    public Colleague withId(long newId) {
        return new Colleague(newId, name, function, email, expertise, languages, capacity, competencies);
    }
}
