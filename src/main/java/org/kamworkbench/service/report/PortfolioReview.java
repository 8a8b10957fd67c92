package org.kamworkbench.service.report;

import java.math.BigDecimal;
import java.util.List;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.ReviewAlert;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;

/**
 * The portfolio review pack as data: the analysis the screens and {@code analyze pareto} show, and
 * what the pack adds around it, with long lists already capped (the totals say how many there are).
 *
 * @param curve       the Pareto curve in at most {@link PortfolioReviewService#CURVE_POINTS} buckets
 * @param namedA      the largest A accounts, at most {@link PortfolioReviewService#NAMED_A}
 * @param matrix      the key-account matrix, or null when nothing can be scored ({@code matrixProblem} says why)
 * @param strategic   the Strategic accounts by score, at most {@link PortfolioReviewService#LIST_CAP}
 * @param development the Development accounts by score, at most {@link PortfolioReviewService#LIST_CAP}
 */
public record PortfolioReview(
        ReportCover cover,
        PortfolioAnalysis analysis,
        List<CurvePoint> curve,
        List<RankedAccount> namedA,
        List<LossCase> scenarios,
        Matrix matrix,
        String matrixProblem,
        List<AccountScore> strategic,
        int strategicTotal,
        List<AccountScore> development,
        int developmentTotal,
        List<ReviewAlert> alerts,
        PlanCoverage coverage) {

    public PortfolioReview {
        curve = List.copyOf(curve);
        namedA = List.copyOf(namedA);
        scenarios = List.copyOf(scenarios);
        strategic = List.copyOf(strategic);
        development = List.copyOf(development);
        alerts = List.copyOf(alerts);
    }

    /** How many accounts class A holds in all. */
    public int aAccounts() {
        return analysis.metrics().classes().isEmpty() ? 0 : analysis.metrics().classes().get(0).accounts();
    }

    /**
     * One bucket of ranked accounts, best first: the last rank it holds (1-based), the revenue of its
     * first (largest) account, the cumulative share at its end, and its first account's ABC class index.
     */
    public record CurvePoint(int lastRank, double topRevenue, double cumulativeShare, int classIndex) {
    }

    public record RankedAccount(int rank, String externalId, String name, BigDecimal revenue, double share,
                                double cumulativeShare) {
    }

    /** "What if we lose X": X's revenue at risk and the concentration without it. */
    public record LossCase(String externalId, String name, BigDecimal revenueAtRisk, double share, double hhiBefore,
                           double hhiAfter, ConcentrationBand bandAfter, double top20ShareAfter) {
    }

    /**
     * The KAM portfolio matrix of the current criteria set; bubbles for the largest scored accounts
     * ({@code bubbles.size()} of {@code scoredAccounts}), Strategic ones named.
     */
    public record Matrix(String criteriaSet, int version, int year, double cut, List<Bubble> bubbles,
                         int scoredAccounts, int incompleteAccounts) {
        public Matrix {
            bubbles = List.copyOf(bubbles);
        }
    }

    public record Bubble(String name, double attractiveness, double strength, double revenue, Quadrant quadrant,
                         boolean named) {
    }

    /**
     * Plan coverage of the designated key accounts, and the status of their KPIs.
     *
     * @param withoutPlan the names of key accounts without an active plan, at most {@link PortfolioReviewService#LIST_CAP}
     */
    public record PlanCoverage(int keyAccounts, int withActivePlan, List<String> withoutPlan, int withoutPlanTotal,
                               int kpisOnTrack, int kpisAtRisk, int kpisOffTrack, int kpisWithoutStatus,
                               int keyAccountsWithoutKpis) {
        public PlanCoverage {
            withoutPlan = List.copyOf(withoutPlan);
        }
    }
}
