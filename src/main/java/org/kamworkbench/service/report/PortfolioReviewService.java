package org.kamworkbench.service.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.kpi.KpiOverviewRow;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.port.ProgressMonitor;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.ParetoCurve;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.portfolio.ScenarioResult;
import org.kamworkbench.service.report.PortfolioReview.Bubble;
import org.kamworkbench.service.report.PortfolioReview.CurvePoint;
import org.kamworkbench.service.report.PortfolioReview.LossCase;
import org.kamworkbench.service.report.PortfolioReview.Matrix;
import org.kamworkbench.service.report.PortfolioReview.PlanCoverage;
import org.kamworkbench.service.report.PortfolioReview.RankedAccount;

/**
 * Gathers the portfolio review pack: the same {@link PortfolioService#analyze} call as the screens
 * and {@code analyze pareto}, then the scenarios, the key-account matrix and the plan coverage.
 */
public final class PortfolioReviewService {
    /** Buckets of the Pareto chart (each bucket one bar): enough for the eye, few enough for a page. */
    public static final int CURVE_POINTS = 100;
    /** The A accounts named in the pack; more are counted, not listed. */
    public static final int NAMED_A = 100;
    /** Cap of the Strategic, Development and "key accounts without a plan" lists. */
    public static final int LIST_CAP = 25;
    /** Bubbles drawn on the matrix (the largest accounts by revenue). */
    public static final int MATRIX_BUBBLES = 150;
    /** Strategic accounts whose bubble carries a name. */
    public static final int NAMED_BUBBLES = 12;
    /** The largest accounts tried one by one as "what if we lose it". */
    public static final int LOSS_CASES = 3;

    private final PortfolioService portfolio;
    private final KeyAccountServices keyAccounts;
    private final KpiService kpis;
    private final ReportCovers covers;

    public PortfolioReviewService(PortfolioService portfolio, KeyAccountServices keyAccounts, KpiService kpis,
                                  ReportCovers covers) {
        this.portfolio = portfolio;
        this.keyAccounts = keyAccounts;
        this.kpis = kpis;
        this.covers = covers;
    }

    /**
     * @throws org.kamworkbench.service.portfolio.PortfolioInputException for a period without revenue
     * @throws org.kamworkbench.service.fx.MissingRateException           when a rate is missing
     */
    public PortfolioReview build(AnalysisRequest request, ProgressMonitor progress) {
        progress.progress(0.05, "analysis");
        PortfolioData data = portfolio.load();
        PortfolioAnalysis analysis = portfolio.analyze(data, request);
        progress.progress(0.3, "scenarios");
        List<LossCase> scenarios = scenarios(analysis);
        progress.progress(0.45, "matrix");
        int year = analysis.period().lastMonth().getYear();
        Scoreboard board = null;
        String problem = null;
        try {
            board = keyAccounts.scoring().score(keyAccounts.scoring().load(year, data));
        } catch (CriteriaInputException e) {
            problem = e.getMessage();
        }
        progress.progress(0.7, "alerts");
        List<AccountScore> strategic = board == null ? List.of() : board.in(Quadrant.STRATEGIC);
        List<AccountScore> development = board == null ? List.of() : board.in(Quadrant.DEVELOPMENT);
        List<org.kamworkbench.service.criteria.ReviewAlert> alerts = keyAccounts.designations().reviewAlerts(data);
        progress.progress(0.75, "coverage");
        PortfolioReview review = new PortfolioReview(covers.cover(analysis.reportingCurrency()), analysis,
                curve(analysis.curve()), namedA(analysis.curve()), scenarios,
                board == null ? null : matrix(board, analysis.curve()), problem,
                cap(strategic), strategic.size(), cap(development), development.size(), alerts, coverage(analysis));
        progress.progress(0.8, "write");
        return review;
    }

    static List<CurvePoint> curve(ParetoCurve curve) {
        int n = curve.size();
        List<CurvePoint> points = new ArrayList<>();
        int buckets = Math.min(n, CURVE_POINTS);
        for (int b = 0; b < buckets; b++) {
            int first = (int) ((long) b * n / buckets);
            int last = (int) ((long) (b + 1) * n / buckets) - 1;
            points.add(new CurvePoint(last + 1, curve.revenueValue(first), curve.cumulativeShare(last),
                    curve.classIndex(first)));
        }
        return points;
    }

    private static List<RankedAccount> namedA(ParetoCurve curve) {
        List<RankedAccount> list = new ArrayList<>();
        for (int r = 0; r < curve.size() && r < NAMED_A && curve.classIndex(r) == 0; r++) {
            list.add(new RankedAccount(r + 1, curve.account(r).externalId(), curve.account(r).name(),
                    curve.revenue(r), curve.share(r), curve.cumulativeShare(r)));
        }
        return list;
    }

    private List<LossCase> scenarios(PortfolioAnalysis analysis) {
        List<LossCase> cases = new ArrayList<>();
        ParetoCurve curve = analysis.curve();
        for (int r = 0; r < Math.min(LOSS_CASES, curve.size()); r++) {
            String id = curve.account(r).externalId();
            ScenarioResult s = portfolio.loseAccounts(analysis, List.of(id));
            cases.add(new LossCase(id, curve.account(r).name(), s.revenueAtRisk(), s.revenueAtRiskShare(),
                    analysis.metrics().hhi(), s.after().metrics().hhi(), s.after().metrics().band(),
                    s.after().metrics().top20Share()));
        }
        return cases;
    }

    private static Matrix matrix(Scoreboard board, ParetoCurve curve) {
        Map<Long, Double> revenue = new HashMap<>();
        for (int r = 0; r < curve.size(); r++) {
            revenue.put(curve.account(r).id(), curve.revenueValue(r));
        }
        List<AccountScore> largest = board.ranked().stream()
                .sorted(Comparator.comparingDouble((AccountScore s) -> -revenue.getOrDefault(s.account().id(), 0.0))
                        .thenComparing(s -> s.account().externalId()))
                .limit(MATRIX_BUBBLES).toList();
        Set<Long> named = new HashSet<>();
        board.in(Quadrant.STRATEGIC).stream().limit(NAMED_BUBBLES).forEach(s -> named.add(s.account().id()));
        List<Bubble> bubbles = new ArrayList<>();
        for (AccountScore s : largest) {
            bubbles.add(new Bubble(s.account().name(), s.attractiveness(), s.strength(),
                    revenue.getOrDefault(s.account().id(), 0.0), s.quadrant(), named.contains(s.account().id())));
        }
        return new Matrix(board.set().name(), board.set().version(), board.year(), board.set().quadrantCut(),
                bubbles, board.ranked().size(), board.incomplete().size());
    }

    private PlanCoverage coverage(PortfolioAnalysis analysis) {
        List<KpiOverviewRow> rows = kpis.overview(analysis.period().from(), analysis.period().to());
        Map<Long, KpiOverviewRow> keyAccountsSeen = new TreeMap<>();
        Set<Long> withPlan = new HashSet<>();
        Set<Long> withKpis = new HashSet<>();
        int[] status = new int[KpiStatus.values().length + 1];
        for (KpiOverviewRow row : rows) {
            if (!row.designatedKey()) {
                continue;
            }
            long id = row.account().id();
            keyAccountsSeen.putIfAbsent(id, row);
            if (row.activePlan()) {
                withPlan.add(id);
            }
            if (row.series() != null) {
                withKpis.add(id);
                KpiPoint latest = row.series().latestWithStatus();
                status[latest == null ? KpiStatus.values().length : latest.status().ordinal()]++;
            }
        }
        List<String> without = keyAccountsSeen.values().stream().filter(r -> !withPlan.contains(r.account().id()))
                .map(r -> r.account().name()).sorted().toList();
        return new PlanCoverage(keyAccountsSeen.size(), withPlan.size(), cap(without), without.size(),
                status[KpiStatus.ON_TRACK.ordinal()], status[KpiStatus.AT_RISK.ordinal()],
                status[KpiStatus.OFF_TRACK.ordinal()], status[KpiStatus.values().length],
                keyAccountsSeen.size() - withKpis.size());
    }

    private static <T> List<T> cap(List<T> list) {
        return list.size() <= LIST_CAP ? list : list.subList(0, LIST_CAP);
    }
}
