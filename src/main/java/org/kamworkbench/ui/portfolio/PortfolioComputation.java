package org.kamworkbench.ui.portfolio;

import java.util.ArrayList;
import java.util.List;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.portfolio.ScenarioResult;

/** The work of one recomputation of the portfolio screen, off the UI thread. */
final class PortfolioComputation {
    /** What one background computation brings back; {@code choices} is null when the analysis was reused. */
    record Computed(PortfolioAnalysis analysis, ScenarioResult scenario, List<Account> choices) {
    }

    private PortfolioComputation() {
    }

    /** The analysis (reused when only the picks changed) and the scenario of the picked {@code ids}. */
    static Computed compute(PortfolioService service, PortfolioData data, AnalysisRequest request, List<String> ids,
                            PortfolioAnalysis at) {
        boolean reuse = at != null && at.data() == data && at.request().equals(request);
        PortfolioAnalysis a = reuse ? at : service.analyze(data, request);
        ScenarioResult s = ids.isEmpty() ? null : service.loseAccounts(a, ids);
        return new Computed(a, s, reuse ? null : choices(a));
    }

    /** Accounts to pick from: ranked ones first (largest first), then those without revenue in the period. */
    static List<Account> choices(PortfolioAnalysis a) {
        ParetoCurve curve = a.curve();
        List<Account> list = new ArrayList<>(curve.size() + a.excluded().size());
        for (int r = 0; r < curve.size(); r++) {
            list.add(curve.account(r));
        }
        for (int i = 0; i < a.excluded().size(); i++) {
            list.add(a.excluded().account(i));
        }
        return list;
    }
}
