package org.kamworkbench.domain;

/** The part a client contact plays in buying decisions (the stakeholder map's role badge). */
public enum BuyingRole {
    ECONOMIC_BUYER, TECHNICAL_BUYER, USER, COACH, INFLUENCER, GATEKEEPER, BLOCKER
}
