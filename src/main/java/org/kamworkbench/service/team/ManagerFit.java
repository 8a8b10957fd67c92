package org.kamworkbench.service.team;

import java.util.List;
import org.kamworkbench.domain.Colleague;

/**
 * How well a candidate fits an account: a score 0–100 with its reasons, beside the candidate's
 * workload. {@code available} is false when they are full (unless they already lead this account).
 */
public record ManagerFit(Colleague colleague, int score, List<FitReason> reasons, Workload workload,
                         boolean available, boolean currentLead) {
    public ManagerFit {
        reasons = List.copyOf(reasons);
    }
}
