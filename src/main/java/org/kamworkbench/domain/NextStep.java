package org.kamworkbench.domain;

/** A next step agreed in an interaction; {@code actionId} is the plan action it became (null until then). */
public record NextStep(String text, Long actionId) {
}
