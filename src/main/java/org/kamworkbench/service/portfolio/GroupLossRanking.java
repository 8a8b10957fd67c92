package org.kamworkbench.service.portfolio;

import java.util.List;

/** The accounts of one group whose loss would hurt it most, largest revenue share first. */
public record GroupLossRanking(String key, ConcentrationBand bandNow, List<LossCandidate> candidates) {
    public GroupLossRanking {
        candidates = List.copyOf(candidates);
    }
}
