package org.kamworkbench.service.port;

import java.util.List;
import org.kamworkbench.domain.Designation;

/** The designation history: every confirmation is kept. */
public interface DesignationRepository {
    /** Every designation, by account, oldest first within an account. */
    List<Designation> history();

    void add(Designation designation);

    /**
     * Adds several designations at once. Stores with transactions override this to write them as one
     * transaction (all or none); the default adds them one by one.
     */
    default void addAll(List<Designation> list) {
        list.forEach(this::add);
    }
}
