package org.kamworkbench.cli;

import java.util.function.Supplier;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PortfolioInputException;

/** What the portfolio commands share: building the request and turning analysis errors into bad input. */
final class PortfolioCommands {
    private PortfolioCommands() {
    }

    /** @throws BadInputException for a bad period, dimension or class list */
    static AnalysisRequest request(PeriodOptions period, String dimension, String classes) {
        try {
            return new AnalysisRequest(period.toSpec(), dimension == null ? null : Dimension.parse(dimension),
                    classes == null ? AbcThresholds.DEFAULT : AbcThresholds.parse(classes));
        } catch (IllegalArgumentException | PortfolioInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Runs an analysis; a period without revenue, an unknown account or a missing FX rate is bad input. */
    static <T> T run(Supplier<T> analysis) {
        try {
            return analysis.get();
        } catch (PortfolioInputException | MissingRateException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
