package org.kamworkbench.ui.keyaccounts;

import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Quadrant;

/** An account with its computed quadrant (null when not scored) and its current designation (null when none). */
public record DesignationRow(Account account, Quadrant quadrant, Designation designation) {
    /** The team's status disagrees with the computed quadrant. */
    public boolean differs() {
        return quadrant != null && designation != null && designation.status().quadrant() != quadrant;
    }
}
