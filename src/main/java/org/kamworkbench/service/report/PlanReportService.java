package org.kamworkbench.service.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Interaction;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.NextStep;
import org.kamworkbench.domain.Objective;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanReview;
import org.kamworkbench.service.account.AccountOverview;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.domain.OrgChart;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.KeyAccountServices;
import org.kamworkbench.service.criteria.KeyAccountStatus;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.service.criteria.ScoringData;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.interaction.InteractionService;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.message.Sentence;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.kamworkbench.service.portfolio.PortfolioService;
import org.kamworkbench.service.report.PlanReport.ActionLine;
import org.kamworkbench.service.report.PlanReport.CriterionLine;
import org.kamworkbench.service.report.PlanReport.MeetingLine;
import org.kamworkbench.service.report.PlanReport.ObjectiveLine;
import org.kamworkbench.service.report.PlanReport.RevenueYear;
import org.kamworkbench.service.report.PlanReport.StakeholderLine;
import org.kamworkbench.service.report.PlanReport.TeamLine;

/** Gathers an account plan report from the plan, KPI, meeting, account and key-account services. */
public final class PlanReportService {
    private final PlanService plans;
    private final KpiService kpis;
    private final InteractionService interactions;
    private final Account360Services account360;
    private final KeyAccountServices keyAccounts;
    private final PortfolioService portfolio;
    private final ReportCovers covers;

    public PlanReportService(PlanService plans, KpiService kpis, InteractionService interactions,
                             Account360Services account360, KeyAccountServices keyAccounts, PortfolioService portfolio,
                             ReportCovers covers) {
        this.plans = plans;
        this.kpis = kpis;
        this.interactions = interactions;
        this.account360 = account360;
        this.keyAccounts = keyAccounts;
        this.portfolio = portfolio;
        this.covers = covers;
    }

    /**
     * The report of the account's current plan (the active one, else the newest).
     *
     * @throws ReportInputException for an unknown account or an account without a plan
     */
    public PlanReport build(String accountExternalId, ReportAudience audience) {
        Account account = plans.accountByExternalId(accountExternalId).orElseThrow(() -> new ReportInputException(
                "There is no account with the id '" + accountExternalId + "'."));
        AccountPlan plan = plans.currentPlan(account.id()).orElseThrow(() -> new ReportInputException(
                "'" + account.name() + "' has no account plan yet: create one on its page first."));
        PlanDetails details = plans.details(plan.id());
        boolean internal = audience == ReportAudience.INTERNAL;
        LocalDate lastReview = details.reviews().stream().map(PlanReview::date).max(Comparator.naturalOrder())
                .orElse(null);
        List<KpiSeries> series = kpis.seriesOf(account.id(), plan.start(), plan.end());
        List<ActionLine> done = new ArrayList<>();
        List<ActionLine> next = new ArrayList<>();
        details.actions().stream().sorted(Comparator.comparing(PlanAction::due,
                Comparator.nullsLast(Comparator.naturalOrder()))).forEach(a -> {
            ActionLine line = new ActionLine(a.what(), details.people().ownerOf(a), a.due(), a.status(),
                    a.completedOn(), internal ? a.how() : null);
            if (a.status() == ActionStatus.DONE) {
                if (lastReview == null || a.completedOn() == null || a.completedOn().isAfter(lastReview)) {
                    done.add(line);
                }
            } else {
                next.add(line);
            }
        });
        AccountOverview overview = account360.pages().overview(account.id());
        return new PlanReport(audience, covers.cover(overview.reportingCurrency()), account.name(),
                account.externalId(), plan.start(), plan.end(), plan.status(), plan.challenges(),
                objectives(details, series), series, lastReview, done, next, meetings(account.id(), plan.start()),
                internal ? internal(account, plan, overview) : null);
    }

    private static List<ObjectiveLine> objectives(PlanDetails details, List<KpiSeries> series) {
        List<ObjectiveLine> lines = new ArrayList<>();
        details.objectives().stream().sorted(Comparator.comparing(Objective::due)).forEach(o -> {
            KpiSeries kpi = o.kpiId() == null ? null : series.stream().filter(s -> s.kpi().id() == o.kpiId())
                    .findFirst().orElse(null);
            BigDecimal actual = kpi == null ? null : latestActual(kpi);
            lines.add(new ObjectiveLine(o.title(), o.horizon(details.plan().start()), o.due(), o.status(),
                    details.people().colleague(o.ownerId()), kpi == null ? null : kpi.kpi().name(), o.target(),
                    actual, progress(kpi, o.target(), actual), o.targetText()));
        });
        return lines;
    }

    private static BigDecimal latestActual(KpiSeries kpi) {
        for (int i = kpi.points().size() - 1; i >= 0; i--) {
            if (kpi.points().get(i).actual() != null) {
                return kpi.points().get(i).actual();
            }
        }
        return null;
    }

    /** How far from the KPI's baseline (0 when none) towards the target the latest actual has come, 0–1. */
    static Double progress(KpiSeries kpi, BigDecimal target, BigDecimal actual) {
        if (kpi == null || target == null || actual == null) {
            return null;
        }
        double base = kpi.kpi().baseline() == null ? 0 : kpi.kpi().baseline().doubleValue();
        double span = target.doubleValue() - base;
        if (span == 0) {
            boolean reached = kpi.kpi().direction() == KpiDirection.LOWER_IS_BETTER
                    ? actual.doubleValue() <= target.doubleValue() : actual.doubleValue() >= target.doubleValue();
            return reached ? 1.0 : 0.0;
        }
        return Math.max(0, Math.min(1, (actual.doubleValue() - base) / span));
    }

    private List<MeetingLine> meetings(long accountId, LocalDate since) {
        return interactions.interactionsOf(accountId).stream().filter(i -> !i.date().isBefore(since))
                .sorted(Comparator.comparing(Interaction::date))
                .map(i -> new MeetingLine(i.date(), i.type(), i.topics(), i.feedback(),
                        i.nextSteps().stream().map(NextStep::text).toList()))
                .toList();
    }

    private PlanReport.Internal internal(Account account, AccountPlan plan, AccountOverview overview) {
        long id = account.id();
        List<StakeholderLine> people = new ArrayList<>();
        OrgChart.of(account360.stakeholders().list(id)).roots().forEach(n -> flatten(n, 0, people));
        List<Sentence> warnings = account360.stakeholders().warnings(id).stream().map(CoverageWarning::sentence)
                .toList();
        List<TeamLine> team = account360.teams().team(id).stream()
                .map(m -> new TeamLine(m.colleague().name(), m.role(), m.lead())).toList();
        return new PlanReport.Internal(plan.economicIssues(), plan.strengths(), plan.weaknesses(),
                plan.opportunities(), plan.threats(), plan.recommendations(), people, warnings, scoring(account),
                overview.abcClass(),
                keyAccounts.designations().history().stream().filter(d -> d.accountId() == id).toList(), team,
                revenue(account, overview), productLines(id), shareOfWallet(account),
                keyAccounts.effort().efforts().stream().filter(e -> e.accountId() == id).toList(),
                overview.profile() == null ? null : overview.profile().notes());
    }

    private static void flatten(OrgChart.Node node, int depth, List<StakeholderLine> out) {
        var s = node.stakeholder();
        out.add(new StakeholderLine(depth, s.name(), s.title(), s.buyingRole(), s.influence(), s.attitude(),
                s.relationship(), s.lastContact()));
        node.reports().forEach(r -> flatten(r, depth + 1, out));
    }

    private PlanReport.Scoring scoring(Account account) {
        KeyAccountStatus status = keyAccounts.scoring().status(account.id());
        if (status.state() != KeyAccountStatus.State.SCORED) {
            List<Sentence> problem = status.state() == KeyAccountStatus.State.NO_CRITERIA
                    ? List.of(Sentence.of("criteria.noSet")) : status.missing();
            return new PlanReport.Scoring(status.criteriaSet(), status.version(), null, Double.NaN, Double.NaN,
                    Double.NaN, 0, List.of(), problem);
        }
        List<CriterionLine> criteria = new ArrayList<>();
        try {
            Scoreboard board = keyAccounts.scoring().score(keyAccounts.scoring().load(null));
            AccountScore score = board.of(account.id());
            List<Criterion> list = board.set().criteria();
            for (int c = 0; c < list.size(); c++) {
                Criterion k = list.get(c);
                criteria.add(new CriterionLine(k.name(), k.axis(), k.weight(),
                        score == null ? 0 : score.levels()[c], k.scale()));
            }
        } catch (CriteriaInputException e) {
            // the status above scored it; a failure here only leaves the criteria list empty
        }
        return new PlanReport.Scoring(status.criteriaSet(), status.version(), status.quadrant(),
                status.attractiveness(), status.strength(), status.score(), status.rank(), criteria, List.of());
    }

    private List<RevenueYear> revenue(Account account, AccountOverview overview) {
        List<RevenueYear> years = new ArrayList<>();
        PortfolioData data = null;
        for (Map.Entry<Integer, BigDecimal> e : overview.revenueByYear().entrySet()) {
            Double nominal = null;
            Double real = null;
            try {
                data = data == null ? portfolio.load() : data;
                PortfolioAnalysis analysis = portfolio.analyze(data, AnalysisRequest.of(PeriodSpec.year(e.getKey())));
                int index = data.indexOf(account.externalId());
                if (index >= 0) {
                    Growth g = analysis.growthOf(index);
                    nominal = g.nominal().isPresent() ? g.nominal().getAsDouble() : null;
                    real = g.real().isPresent() ? g.real().getAsDouble() : null;
                }
            } catch (PortfolioInputException | MissingRateException ex) {
                // growth unavailable for that year: shown as "–"
            }
            years.add(new RevenueYear(e.getKey(), e.getValue(), nominal, real));
        }
        return years;
    }

    private SortedMap<Integer, List<String>> productLines(long accountId) {
        SortedMap<Integer, Set<String>> byYear = new TreeMap<>();
        portfolio.productLinesByMonth(accountId).forEach((month, lines) ->
                byYear.computeIfAbsent(month / 100, y -> new TreeSet<>()).addAll(lines));
        SortedMap<Integer, List<String>> result = new TreeMap<>();
        byYear.forEach((y, lines) -> result.put(y, List.copyOf(lines)));
        return result;
    }

    private PlanReport.ShareOfWallet shareOfWallet(Account account) {
        EstimatedSpend spend = keyAccounts.effort().estimatedSpend(account.id());
        if (spend == null) {
            return null;
        }
        ScoringData data = keyAccounts.scoring().load(null);
        return new PlanReport.ShareOfWallet(data.year(), spend.amount(), spend.currency(),
                data.shareOfWalletPercent(account));
    }
}
