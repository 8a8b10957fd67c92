package org.kamworkbench.service.team;

/**
 * One reason behind a manager-fit score: which need it is about, whether the candidate meets it,
 * and the detail (the industry, the languages or expertise met or missing, the competency average).
 */
public record FitReason(Kind kind, boolean met, String detail) {
    public enum Kind { INDUSTRY, LANGUAGES, EXPERTISE, COMPETENCIES, COMPLEXITY }

    /** An English sentence (the desktop translates kind, met and detail itself). */
    public String text() {
        return switch (kind) {
            case INDUSTRY -> met ? "Knows the " + detail + " industry" : "No expertise in the " + detail + " industry";
            case LANGUAGES -> met ? "Speaks " + detail : "Does not speak " + detail;
            case EXPERTISE -> met ? "Brings " + detail : "Lacks " + detail;
            case COMPETENCIES -> met ? "Strong competency profile (" + detail + " of 5)"
                    : "Competency profile " + detail + " of 5";
            case COMPLEXITY -> met ? "Ready for a complex account (" + detail + ")"
                    : "Complex account: strategy and leadership below 4 (" + detail + ")";
        };
    }
}
