package org.kamworkbench.domain;

import java.util.List;

/**
 * Why the domain refuses a change: the key of a sentence in the service messages and its arguments.
 * The domain names the reason; the service turns it into a sentence in the user's language.
 */
public record Refusal(String key, List<Object> args) {
    public Refusal(String key, Object... args) {
        this(key, List.of(args));
    }
}
