package org.kamworkbench.service.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.Horizon;
import org.kamworkbench.domain.InteractionType;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.message.Sentence;

/**
 * The account plan report as plain data, for one audience. What the client may see is at the top
 * level; everything for the team only is in {@link #internal()}, which is null in the client version:
 * the client document is built from data that holds nothing internal.
 *
 * @param purpose    the client's business challenges the plan answers
 * @param lastReview the date of the plan's last review, or null (then every done action counts as done "since")
 */
public record PlanReport(
        ReportAudience audience,
        ReportCover cover,
        String clientName,
        String clientId,
        LocalDate planStart,
        LocalDate planEnd,
        PlanStatus planStatus,
        String purpose,
        List<ObjectiveLine> objectives,
        List<KpiSeries> kpis,
        LocalDate lastReview,
        List<ActionLine> doneSinceLastReview,
        List<ActionLine> nextSteps,
        List<MeetingLine> meetings,
        Internal internal) {

    public PlanReport {
        objectives = List.copyOf(objectives);
        kpis = List.copyOf(kpis);
        doneSinceLastReview = List.copyOf(doneSinceLastReview);
        nextSteps = List.copyOf(nextSteps);
        meetings = List.copyOf(meetings);
        if ((audience == ReportAudience.CLIENT) != (internal == null)) {
            throw new IllegalArgumentException("The internal part belongs to the internal version only.");
        }
    }

    /**
     * An objective with its progress: the latest actual of its KPI against the objective's target.
     *
     * @param progress 0–1 (capped) when the objective has a KPI, a numeric target and an actual; else null
     * @param targetText the target as written ("2 SKUs listed"), shown instead of the number; null when none
     */
    public record ObjectiveLine(String title, Horizon horizon, LocalDate due, ObjectiveStatus status, String owner,
                                String kpiName, BigDecimal target, BigDecimal latestActual, Double progress,
                                String targetText) {
    }

    /** @param how how the action is done: internal only (null in the client version) */
    public record ActionLine(String what, String owner, LocalDate due, ActionStatus status, LocalDate completedOn,
                             String how) {
    }

    /** A meeting with the client: what was discussed, the feedback recorded and the next steps agreed. */
    public record MeetingLine(LocalDate date, InteractionType type, String topics, String feedback,
                              List<String> nextSteps) {
        public MeetingLine {
            nextSteps = List.copyOf(nextSteps);
        }
    }

    /** Everything for the team only. */
    public record Internal(
            String economicIssues,
            List<String> strengths,
            List<String> weaknesses,
            List<String> opportunities,
            List<String> threats,
            List<String> recommendations,
            List<StakeholderLine> stakeholders,
            List<Sentence> coverageWarnings,
            Scoring scoring,
            String abcClass,
            List<Designation> designations,
            List<TeamLine> team,
            List<RevenueYear> revenue,
            SortedMap<Integer, List<String>> productLinesByYear,
            ShareOfWallet shareOfWallet,
            List<Effort> effort,
            String accountNotes) {

        public Internal {
            strengths = List.copyOf(strengths);
            weaknesses = List.copyOf(weaknesses);
            opportunities = List.copyOf(opportunities);
            threats = List.copyOf(threats);
            recommendations = List.copyOf(recommendations);
            stakeholders = List.copyOf(stakeholders);
            coverageWarnings = List.copyOf(coverageWarnings);
            designations = List.copyOf(designations);
            team = List.copyOf(team);
            revenue = List.copyOf(revenue);
            effort = List.copyOf(effort);
        }
    }

    /**
     * One person of the stakeholder map, depth-first as the org chart draws them.
     *
     * @param depth 0 for a top of the chart, 1 for who reports to them, ...
     */
    public record StakeholderLine(int depth, String name, String title, BuyingRole role, Integer influence,
                                  Attitude attitude, RelationshipStrength relationship, LocalDate lastContact) {
    }

    /**
     * The account's score under the current criteria set, with the criteria behind it; null fields
     * (and NaN scores) when it is not scored, {@code problem} saying why.
     */
    public record Scoring(String criteriaSet, int version, Quadrant quadrant, double attractiveness, double strength,
                          double score, int rank, List<CriterionLine> criteria, List<Sentence> problem) {
        public Scoring {
            criteria = List.copyOf(criteria);
            problem = List.copyOf(problem);
        }
    }

    /** @param level the account's level on the criterion, 0 when not rated */
    public record CriterionLine(String name, Axis axis, double weight, int level, int scale) {
    }

    public record TeamLine(String name, String role, boolean lead) {
    }

    /** Revenue of one calendar year, reporting currency; growth against the year before, or null. */
    public record RevenueYear(int year, BigDecimal revenue, Double nominalGrowth, Double realGrowth) {
    }

    /** Our revenue of {@code year} as a percentage of the client's estimated spend (in its currency) on what we sell. */
    public record ShareOfWallet(int year, BigDecimal estimatedSpend, String currency, BigDecimal percent) {
    }
}
