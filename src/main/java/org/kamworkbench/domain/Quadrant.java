package org.kamworkbench.domain;

/** A cell of the KAM portfolio matrix; "high" means a score ≥ the set's cut. */
public enum Quadrant {
    /** High attractiveness, high strength: today's key accounts. */
    STRATEGIC("Strategic"),
    /** High attractiveness, low strength: tomorrow's key accounts. */
    DEVELOPMENT("Development"),
    /** Low attractiveness, high strength. */
    MAINTAIN("Maintain"),
    /** Low attractiveness, low strength. */
    OPPORTUNISTIC("Opportunistic");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    /** The English name used in JSON and CSV. */
    public String label() {
        return label;
    }

    public static Quadrant of(double attractiveness, double strength, double cut) {
        boolean attractive = attractiveness >= cut;
        boolean strong = strength >= cut;
        if (attractive) {
            return strong ? STRATEGIC : DEVELOPMENT;
        }
        return strong ? MAINTAIN : OPPORTUNISTIC;
    }
}
