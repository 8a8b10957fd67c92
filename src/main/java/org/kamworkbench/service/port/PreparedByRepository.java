package org.kamworkbench.service.port;

import org.kamworkbench.domain.PreparedBy;

/** The "Prepared by" block of the workspace settings (the reports' cover). */
public interface PreparedByRepository {
    PreparedBy load();

    /** Replaces name, organisation and logo in one transaction. */
    void save(PreparedBy preparedBy);
}
