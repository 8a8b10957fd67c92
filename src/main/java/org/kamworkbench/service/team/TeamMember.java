package org.kamworkbench.service.team;

import org.kamworkbench.domain.Colleague;

/** A colleague on an account's team, with their role there and whether they lead it. */
public record TeamMember(Colleague colleague, String role, boolean lead) {
}
