package org.kamworkbench.domain;

/** The status a team confirms for an account, kept apart from the computed quadrant. */
public enum DesignationStatus {
    KEY(Quadrant.STRATEGIC),
    DEVELOPMENT(Quadrant.DEVELOPMENT),
    MAINTAIN(Quadrant.MAINTAIN),
    OPPORTUNISTIC(Quadrant.OPPORTUNISTIC);

    private final Quadrant quadrant;

    DesignationStatus(Quadrant quadrant) {
        this.quadrant = quadrant;
    }

    /** The quadrant this status agrees with. */
    public Quadrant quadrant() {
        return quadrant;
    }
}
