package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.Designation;

/** The designation history: every confirmation is kept. */
public interface DesignationRepository {
    /** Every designation, by account, oldest first within an account. */
    List<Designation> history();

    void add(Designation designation);
}
