package org.kamworkbench.service.criteria;

import java.util.Set;

/**
 * The one definition of "key account" across the product: the accounts whose current designation
 * (Key accounts screen) is {@link org.kamworkbench.domain.DesignationStatus#KEY}. Other services
 * (team matrix, workloads, KPI portfolio) receive this, wired to
 * {@link DesignationService#designatedKeyAccounts()}, instead of reading the designations themselves.
 */
@FunctionalInterface
public interface DesignatedKeyAccounts {
    /** The ids of the accounts designated key today. */
    Set<Long> ids();
}
