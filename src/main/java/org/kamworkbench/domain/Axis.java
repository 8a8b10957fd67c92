package org.kamworkbench.domain;

/** The two axes of the KAM portfolio matrix: how attractive the client is, and how strong we are there. */
public enum Axis {
    ATTRACTIVENESS("attractiveness"),
    STRENGTH("strength");

    private final String code;

    Axis(String code) {
        this.code = code;
    }

    /** The name used in files and JSON. */
    public String code() {
        return code;
    }

    /** The axis with this file name (case-insensitive), or null. */
    public static Axis fromCode(String code) {
        for (Axis a : values()) {
            if (a.code.equalsIgnoreCase(code)) {
                return a;
            }
        }
        return null;
    }
}
