package org.kamworkbench.domain;

/** The competencies of a key account manager's profile, each rated 1–5. */
public enum Competency {
    STRATEGIC_THINKING,
    BUSINESS_AND_FINANCIAL_ACUMEN,
    INDUSTRY_KNOWLEDGE,
    NEGOTIATION,
    RELATIONSHIP_BUILDING,
    CROSS_FUNCTIONAL_LEADERSHIP,
    LANGUAGES
}
