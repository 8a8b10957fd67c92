package org.kamworkbench.io.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.kamworkbench.service.criteria.AccountScore;
import org.kamworkbench.service.criteria.ReviewAlert;
import org.kamworkbench.service.portfolio.AbcClass;
import org.kamworkbench.service.portfolio.CurrencyExposure;
import org.kamworkbench.service.portfolio.GroupSummary;
import org.kamworkbench.service.portfolio.Growth;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.service.portfolio.SegmentMetrics;
import org.kamworkbench.service.report.PortfolioReview;
import org.kamworkbench.service.report.PortfolioReview.LossCase;
import org.kamworkbench.service.report.PortfolioReview.PlanCoverage;
import org.kamworkbench.service.report.PortfolioReview.RankedAccount;

/**
 * The portfolio review pack as one XHTML document (A4 landscape). Headline figures carry a
 * {@code data-figure} attribute naming the {@code analyze pareto --json} field they show.
 */
final class PortfolioReviewHtml extends ReportPage {
    private final PortfolioReview review;
    private final PortfolioAnalysis analysis;
    private final String currency;

    PortfolioReviewHtml(PortfolioReview review, ReportText text, Function<ChartCanvas, String> charts) {
        super(text, charts);
        this.review = review;
        this.analysis = review.analysis();
        this.currency = analysis.reportingCurrency();
    }

    String build() {
        String title = text.t("pack.title");
        String period = text.t("pack.period", text.date(analysis.period().from()), text.date(analysis.period().to()));
        begin(title + " · " + review.cover().workspaceName(), review.cover(), true);
        html.open("div", "pack");
        cover(title, review.cover().workspaceName(), review.cover(), period,
                text.t("pack.currency", currency), text.t("pack.compared",
                        text.date(analysis.previousPeriod().from()), text.date(analysis.previousPeriod().to())));
        tiles();
        pareto();
        abc();
        concentration();
        dependence();
        currencies();
        scenarios();
        matrix();
        alerts();
        coverage();
        if (!analysis.notes().isEmpty()) {
            section(text.t("pack.section.notes"));
            html.list(analysis.notes());
        }
        html.close("div");
        return end(review.cover());
    }

    private String money(BigDecimal amount) {
        return text.money(amount, currency);
    }

    /** A value cell tagged with the JSON field it shows. */
    private static String figure(String field, String shown) {
        return "<span data-figure=\"" + field + "\">" + Html.escape(shown) + "</span>";
    }

    private void tiles() {
        section(text.t("pack.section.headlines"));
        SegmentMetrics now = analysis.metrics();
        SegmentMetrics before = analysis.previousMetrics();
        Growth growth = analysis.growth();
        html.raw("<table class=\"tiles\"><tr>");
        tile(text.t("tile.revenue"), figure("totalRevenue", money(now.totalRevenue())),
                text.t("tile.vsPrevious", text.change(value(growth.nominal()))));
        tile(text.t("tile.accounts"), figure("accounts", text.integer(now.accounts())),
                before == null ? text.t("tile.noPrevious")
                        : text.t("tile.previous", text.integer(before.accounts())));
        tile(text.t("tile.top20"), figure("top20Share", text.percent(now.top20Share())),
                before == null ? text.t("tile.noPrevious") : text.t("tile.previous", text.percent(before.top20Share())));
        tile(text.t("tile.hhi"), figure("hhi", text.decimal(now.hhi(), 0)),
                before == null ? text.t("tile.noPrevious") : text.t("tile.previous", text.decimal(before.hhi(), 0)));
        tile(text.t("tile.realGrowth"), figure("growth.real", text.change(value(growth.real()))),
                text.t("tile.nominal", text.change(value(growth.nominal()))));
        tile(text.t("tile.aAccounts"), text.integer(review.aAccounts()),
                text.t("tile.ofRevenue", now.classes().isEmpty() ? "–" : text.percent(now.classes().get(0).revenueShare())));
        html.raw("</tr></table>");
    }

    private void tile(String title, String valueHtml, String detail) {
        html.raw("<td><div class=\"tile-title\">").raw(Html.escape(title)).raw("</div><div class=\"tile-value\">")
                .raw(valueHtml).raw("</div><div class=\"tile-change\">").raw(Html.escape(detail)).raw("</div></td>");
    }

    private static Double value(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private void pareto() {
        section(text.t("pack.section.pareto"));
        SegmentMetrics m = analysis.metrics();
        html.raw(chart(ReportCharts.pareto(review.curve(), m.accounts(), text)));
        html.raw("<p>").raw(Html.escape(text.t("pack.pareto.top20a"))).raw(" ")
                .raw(figure("top20Share", text.percent(m.top20Share()))).raw(" ")
                .raw(Html.escape(text.t("pack.pareto.top20b"))).raw(" ")
                .raw(figure("paretoAccountShare", text.percent(m.paretoAccountShare()))).raw(" ")
                .raw(Html.escape(text.t("pack.pareto.top20c"))).raw("</p>");
        if (m.excludedAccounts() > 0) {
            note(text.t("pack.excluded", text.integer(m.excludedAccounts())));
        }
    }

    private void abc() {
        html.open("div", "page");
        section(text.t("pack.section.abc", analysis.thresholds().label()));
        List<List<String>> rows = new ArrayList<>();
        List<AbcClass> classes = analysis.metrics().classes();
        for (int i = 0; i < classes.size(); i++) {
            AbcClass c = classes.get(i);
            rows.add(List.of(Html.cell(c.name()), figure("classes[" + i + "].accounts", text.integer(c.accounts())),
                    figure("classes[" + i + "].revenue", money(c.revenue())),
                    figure("classes[" + i + "].revenueShare", text.percent(c.revenueShare()))));
        }
        html.table("abc", List.of(text.t("col.class"), text.t("col.accounts"), text.t("col.revenue", currency),
                text.t("col.share")), new boolean[] {false, true, true, true}, rows);
        html.heading(3, text.t("pack.namedA"));
        List<List<String>> named = new ArrayList<>();
        for (RankedAccount a : review.namedA()) {
            named.add(List.of(Html.cell(text.integer(a.rank())), Html.cell(a.externalId()), Html.cell(a.name()),
                    Html.cell(money(a.revenue())), Html.cell(text.percent(a.share())),
                    Html.cell(text.percent(a.cumulativeShare()))));
        }
        html.table("named-a", List.of(text.t("col.rank"), text.t("col.id"), text.t("col.account"),
                text.t("col.revenue", currency), text.t("col.share"), text.t("col.cumulative")),
                new boolean[] {true, false, false, true, true, true}, named);
        if (review.aAccounts() > review.namedA().size()) {
            note(text.t("pack.namedA.capped", text.integer(review.namedA().size()), text.integer(review.aAccounts())));
        }
        if (classes.size() > 1) {
            note(text.t("pack.bc.counted"));
        }
        html.close("div");
    }

    private void concentration() {
        section(text.t("pack.section.concentration"));
        SegmentMetrics m = analysis.metrics();
        List<List<String>> rows = List.of(
                List.of(Html.cell(text.t("conc.hhi")), figure("hhi", text.decimal(m.hhi(), 0)),
                        Html.cell(m.band() == null ? "–" : text.t("band." + m.band().key()))),
                List.of(Html.cell(text.t("conc.effective")), figure("effectiveAccounts", text.decimal(m.effectiveAccounts(), 1)),
                        Html.cell(text.t("conc.effective.help"))),
                List.of(Html.cell(text.t("conc.top1")), figure("top1Share", text.percent(m.top1Share())), ""),
                List.of(Html.cell(text.t("conc.top3")), figure("top3Share", text.percent(m.top3Share())), ""),
                List.of(Html.cell(text.t("conc.top5")), figure("top5Share", text.percent(m.top5Share())), ""),
                List.of(Html.cell(text.t("conc.top10")), figure("top10Share", text.percent(m.top10Share())), ""),
                List.of(Html.cell(text.t("conc.top20")), figure("top20Share", text.percent(m.top20Share())), ""));
        html.table("concentration", List.of(text.t("col.measure"), text.t("col.value"), ""),
                new boolean[] {false, true, false}, rows);
    }

    private void dependence() {
        if (analysis.dimension() == null) {
            return;
        }
        section(text.t("pack.section.dependence", text.t("dimension." + analysis.dimension().key())));
        List<List<String>> rows = new ArrayList<>();
        for (GroupSummary g : analysis.groups()) {
            SegmentMetrics m = g.metrics();
            rows.add(List.of(Html.cell(g.key()), Html.cell(money(m.totalRevenue())), Html.cell(text.percent(g.revenueShare())),
                    Html.cell(text.integer(m.accounts())), Html.cell(text.percent(m.top1Share())),
                    Html.cell(text.percent(m.top20Share())), Html.cell(text.decimal(m.hhi(), 0)),
                    Html.cell(m.band() == null ? "–" : text.t("band." + m.band().key())),
                    Html.cell(text.change(value(g.growth().nominal())))));
        }
        html.table("groups", List.of(text.t("col.group"), text.t("col.revenue", currency), text.t("col.share"),
                text.t("col.accounts"), text.t("col.top1"), text.t("col.top20"), text.t("col.hhi"),
                text.t("col.band"), text.t("col.nominal")),
                new boolean[] {false, true, true, true, true, true, true, false, true}, rows);
    }

    private void currencies() {
        section(text.t("pack.section.currencies"));
        List<List<String>> rows = new ArrayList<>();
        for (CurrencyExposure c : analysis.currencies()) {
            rows.add(List.of(Html.cell(c.currency()), Html.cell(text.money(c.originalRevenue(), c.currency())),
                    Html.cell(money(c.revenue())), Html.cell(text.percent(c.share())),
                    Html.cell(text.change(value(c.growth().nominal()))),
                    Html.cell(text.change(value(c.growth().atConstantFx()))),
                    Html.cell(text.change(value(c.growth().real())))));
        }
        Growth g = analysis.growth();
        rows.add(List.of("<b>" + Html.escape(text.t("pack.total")) + "</b>", "", Html.cell(money(g.currentRevenue())),
                Html.cell(text.percent(1)), figure("growth.nominal", text.change(value(g.nominal()))),
                figure("growth.atConstantFx", text.change(value(g.atConstantFx()))),
                figure("growth.real", text.change(value(g.real())))));
        html.table("currencies", List.of(text.t("col.currency"), text.t("col.original"),
                text.t("col.revenue", currency), text.t("col.share"), text.t("col.nominal"), text.t("col.constantFx"),
                text.t("col.real")), new boolean[] {false, true, true, true, true, true, true}, rows);
        note(text.t("pack.growth.help"));
    }

    private void scenarios() {
        section(text.t("pack.section.scenarios"));
        if (review.scenarios().isEmpty()) {
            empty(text.t("pack.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (LossCase l : review.scenarios()) {
            rows.add(List.of(Html.cell(l.name() + " (" + l.externalId() + ")"), Html.cell(money(l.revenueAtRisk())),
                    Html.cell(text.percent(l.share())), Html.cell(text.decimal(l.hhiBefore(), 0) + " → "
                            + text.decimal(l.hhiAfter(), 0)),
                    Html.cell(l.bandAfter() == null ? "–" : text.t("band." + l.bandAfter().key())),
                    Html.cell(text.percent(l.top20ShareAfter()))));
        }
        html.table("scenarios", List.of(text.t("col.lose"), text.t("col.atRisk", currency), text.t("col.share"),
                text.t("col.hhi"), text.t("col.bandAfter"), text.t("col.top20After")),
                new boolean[] {false, true, true, true, false, true}, rows);
        note(text.t("pack.scenarios.help"));
    }

    private void matrix() {
        html.open("div", "page");
        section(text.t("pack.section.matrix"));
        PortfolioReview.Matrix m = review.matrix();
        if (m == null) {
            empty(text.t("pack.matrix.none", review.matrixProblem() == null ? "" : review.matrixProblem()));
            html.close("div");
            return;
        }
        html.paragraph("muted", text.t("pack.matrix.set", m.criteriaSet(), m.version(), String.valueOf(m.year()),
                text.integer(m.scoredAccounts()), text.integer(m.incompleteAccounts())));
        html.raw("<table class=\"two-columns\"><tr><td>");
        html.raw(chart(ReportCharts.matrix(m, text)));
        if (m.bubbles().size() < m.scoredAccounts()) {
            note(text.t("pack.matrix.capped", text.integer(m.bubbles().size()), text.integer(m.scoredAccounts())));
        }
        html.raw("</td><td>");
        scoreList(text.t("pack.strategic"), review.strategic(), review.strategicTotal());
        scoreList(text.t("pack.development"), review.development(), review.developmentTotal());
        html.raw("</td></tr></table>");
        html.close("div");
    }

    private void scoreList(String title, List<AccountScore> scores, int total) {
        html.heading(3, title + " (" + text.integer(total) + ")");
        if (scores.isEmpty()) {
            empty(text.t("pack.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (AccountScore s : scores) {
            rows.add(List.of(Html.cell(s.account().name()), Html.cell(text.decimal(s.score(), 1)),
                    Html.cell(text.decimal(s.attractiveness(), 1)), Html.cell(text.decimal(s.strength(), 1))));
        }
        html.table(null, List.of(text.t("col.account"), text.t("col.score"), text.t("col.attractiveness"),
                text.t("col.strength")), new boolean[] {false, true, true, true}, rows);
        if (total > scores.size()) {
            note(text.t("pack.list.capped", text.integer(scores.size()), text.integer(total)));
        }
    }

    private void alerts() {
        section(text.t("pack.section.alerts"));
        if (review.alerts().isEmpty()) {
            empty(text.t("pack.alerts.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReviewAlert a : review.alerts()) {
            rows.add(List.of(Html.cell(a.account().name()), Html.cell(text.date(a.keySince())),
                    Html.cell(text.change(a.realGrowth())), Html.cell(text.number(a.hours(), 0)),
                    Html.cell(money(a.budget()))));
        }
        html.table("alerts", List.of(text.t("col.account"), text.t("col.keySince"), text.t("col.real"),
                text.t("col.hours"), text.t("col.budget")), new boolean[] {false, false, true, true, true}, rows);
        note(text.t("pack.alerts.help"));
    }

    private void coverage() {
        section(text.t("pack.section.coverage"));
        PlanCoverage c = review.coverage();
        if (c.keyAccounts() == 0) {
            empty(text.t("pack.coverage.none"));
            return;
        }
        List<List<String>> rows = List.of(
                List.of(Html.cell(text.t("cov.keyAccounts")), Html.cell(text.integer(c.keyAccounts()))),
                List.of(Html.cell(text.t("cov.withPlan")), Html.cell(text.integer(c.withActivePlan()))),
                List.of(Html.cell(text.t("cov.withoutPlan")), Html.cell(text.integer(c.withoutPlanTotal()))),
                List.of(Html.cell(text.t("cov.withoutKpis")), Html.cell(text.integer(c.keyAccountsWithoutKpis()))),
                List.of(statusCell(ReportCharts.statusColor(org.kamworkbench.domain.KpiStatus.ON_TRACK),
                        text.t("cov.onTrack")), Html.cell(text.integer(c.kpisOnTrack()))),
                List.of(statusCell(ReportCharts.statusColor(org.kamworkbench.domain.KpiStatus.AT_RISK),
                        text.t("cov.atRisk")), Html.cell(text.integer(c.kpisAtRisk()))),
                List.of(statusCell(ReportCharts.statusColor(org.kamworkbench.domain.KpiStatus.OFF_TRACK),
                        text.t("cov.offTrack")), Html.cell(text.integer(c.kpisOffTrack()))),
                List.of(Html.cell(text.t("cov.noStatus")), Html.cell(text.integer(c.kpisWithoutStatus()))));
        html.table("coverage", List.of(text.t("col.measure"), text.t("col.count")), new boolean[] {false, true}, rows);
        if (!c.withoutPlan().isEmpty()) {
            html.paragraph(null, text.t("cov.withoutPlan.list", String.join(", ", c.withoutPlan())));
            if (c.withoutPlanTotal() > c.withoutPlan().size()) {
                note(text.t("pack.list.capped", text.integer(c.withoutPlan().size()), text.integer(c.withoutPlanTotal())));
            }
        }
    }
}
