package org.kamworkbench.service.account;

import java.time.LocalDate;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;

/** Short constructors of stakeholders for tests. */
public final class People {
    private People() {
    }

    public static Stakeholder person(long id, long accountId, String name, Long reportsTo) {
        return new Stakeholder(id, accountId, name, null, null, null, reportsTo, null, null, null, null, null, null,
                null);
    }

    public static Stakeholder person(long id, String name, BuyingRole role, Integer influence,
                                     RelationshipStrength relationship, LocalDate lastContact) {
        return new Stakeholder(id, 1, name, null, null, null, null, role, influence, Attitude.NEUTRAL, relationship,
                null, lastContact, null);
    }
}
