package org.kamworkbench.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.Horizon;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.report.PlanReport;
import org.kamworkbench.service.report.PlanReport.ActionLine;
import org.kamworkbench.service.report.PlanReport.CriterionLine;
import org.kamworkbench.service.report.PlanReport.MeetingLine;
import org.kamworkbench.service.report.PlanReport.ObjectiveLine;
import org.kamworkbench.service.report.PlanReport.RevenueYear;
import org.kamworkbench.service.report.PlanReport.StakeholderLine;
import org.kamworkbench.service.report.ReportAudience;

/** The account plan report as one XHTML document (A4 portrait), client or internal version. */
final class PlanReportHtml extends ReportPage {
    private final PlanReport report;

    PlanReportHtml(PlanReport report, ReportText text, Function<ChartCanvas, String> charts) {
        super(text, charts);
        this.report = report;
    }

    String build() {
        boolean client = report.audience() == ReportAudience.CLIENT;
        String title = client ? text.t("plan.title.client", report.clientName())
                : text.t("plan.title.internal", report.clientName());
        begin(title, report.cover(), false);
        cover(title, text.t("plan.period", text.date(report.planStart()), text.date(report.planEnd())),
                report.cover(), client ? new String[0] : new String[] {text.t("plan.internalOnly")});
        plan();
        objectives();
        kpis();
        actions();
        meetings();
        if (!client) {
            internal(report.internal());
        }
        feedbackPage();
        return end(report.cover());
    }

    private void plan() {
        section(text.t("plan.section.plan"));
        html.paragraph(null, text.t("plan.status", text.of(report.planStatus())));
        if (report.purpose() != null && !report.purpose().isBlank()) {
            html.heading(3, text.t("plan.purpose"));
            html.multiline(null, report.purpose());
        }
        if (report.lastReview() != null) {
            html.paragraph("muted", text.t("plan.lastReview", text.date(report.lastReview())));
        }
    }

    private void objectives() {
        section(text.t("plan.section.objectives"));
        if (report.objectives().isEmpty()) {
            empty(text.t("plan.objectives.none"));
            return;
        }
        for (Horizon horizon : Horizon.values()) {
            List<ObjectiveLine> lines = report.objectives().stream().filter(o -> o.horizon() == horizon).toList();
            if (lines.isEmpty()) {
                continue;
            }
            html.heading(3, text.of(horizon));
            List<List<String>> rows = new ArrayList<>();
            for (ObjectiveLine o : lines) {
                rows.add(List.of(Html.cell(o.title()), Html.cell(text.date(o.due())), Html.cell(text.of(o.status())),
                        Html.cell(o.owner() == null ? "–" : o.owner()), Html.cell(o.kpiName() == null ? "–" : o.kpiName()),
                        Html.cell(o.targetText() != null ? o.targetText() : text.number(o.target(), 2)),
                        Html.cell(text.number(o.latestActual(), 2)),
                        progressCell(o.progress())));
            }
            html.table("objectives", List.of(text.t("col.objective"), text.t("col.due"), text.t("col.status"),
                    text.t("col.owner"), text.t("col.kpi"), text.t("col.target"), text.t("col.actual"),
                    text.t("col.progress")), new boolean[] {false, false, false, false, false, true, true, false},
                    rows);
        }
    }

    private void kpis() {
        section(text.t("plan.section.kpis"));
        if (report.kpis().isEmpty()) {
            empty(text.t("plan.kpis.none"));
            return;
        }
        for (KpiSeries series : report.kpis()) {
            html.open("div", "kpi");
            String unit = series.kpi().unit() == null || series.kpi().unit().isBlank() ? ""
                    : " (" + series.kpi().unit() + ")";
            html.heading(3, series.kpi().name() + unit);
            html.raw(chart(ReportCharts.kpi(series, text)));
            List<List<String>> rows = new ArrayList<>();
            for (KpiPoint p : series.points()) {
                if (p.target() == null && p.actual() == null) {
                    continue;
                }
                rows.add(List.of(Html.cell(p.period().toString()), Html.cell(text.number(p.target(), 2)),
                        Html.cell(text.number(p.actual(), 2)),
                        p.status() == null ? "–" : statusCell(ReportCharts.statusColor(p.status()), text.of(p.status())),
                        Html.cell(p.comment() == null ? "" : p.comment())));
            }
            html.table("kpi-table", List.of(text.t("col.period"), text.t("col.target"), text.t("col.actual"),
                    text.t("col.status"), text.t("col.comment")), new boolean[] {false, true, true, false, false}, rows);
            series.notes().forEach(this::note);
            html.close("div");
        }
    }

    private void actions() {
        boolean internal = report.internal() != null;
        section(text.t("plan.section.done"));
        if (report.doneSinceLastReview().isEmpty()) {
            empty(text.t("plan.done.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ActionLine a : report.doneSinceLastReview()) {
                rows.add(List.of(Html.cell(a.what()), Html.cell(owner(a)), Html.cell(text.date(a.completedOn()))));
            }
            html.table(null, List.of(text.t("col.action"), text.t("col.owner"), text.t("col.completed")),
                    new boolean[] {false, false, false}, rows);
        }
        section(text.t("plan.section.next"));
        if (report.nextSteps().isEmpty()) {
            empty(text.t("plan.next.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ActionLine a : report.nextSteps()) {
            List<String> row = new ArrayList<>(List.of(Html.cell(a.what()), Html.cell(owner(a)),
                    Html.cell(text.date(a.due())), Html.cell(text.of(a.status()))));
            if (internal) {
                row.add(Html.cell(a.how() == null ? "" : a.how()));
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(text.t("col.action"), text.t("col.owner"), text.t("col.due"),
                text.t("col.status")));
        if (internal) {
            headers.add(text.t("col.how"));
        }
        html.table(null, headers, new boolean[] {false, false, false, false, false}, rows);
    }

    private static String owner(ActionLine a) {
        return a.owner() == null ? "–" : a.owner();
    }

    private void meetings() {
        section(text.t("plan.section.meetings"));
        if (report.meetings().isEmpty()) {
            empty(text.t("plan.meetings.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (MeetingLine m : report.meetings()) {
            rows.add(List.of(Html.cell(text.date(m.date())), Html.cell(text.of(m.type())), Html.cell(m.topics()),
                    Html.cell(m.feedback()), Html.cell(String.join("; ", m.nextSteps()))));
        }
        html.table(null, List.of(text.t("col.date"), text.t("col.type"), text.t("col.topics"),
                text.t("col.feedback"), text.t("col.nextSteps")), new boolean[] {false, false, false, false, false},
                rows);
    }

    private void feedbackPage() {
        html.open("div", "feedback");
        section(text.t("plan.section.feedback"));
        html.paragraph("muted", text.t("plan.feedback.intro"));
        html.heading(3, text.t("plan.feedback.client"));
        html.raw("<div class=\"write-box\"></div>");
        html.heading(3, text.t("plan.feedback.changes"));
        html.raw("<div class=\"write-box\"></div>");
        html.paragraph(null, text.t("plan.feedback.signed"));
        html.close("div");
    }

    // ----- the internal version only -----

    private void internal(PlanReport.Internal in) {
        html.open("div", "page");
        section(text.t("plan.section.swot"));
        html.raw("<table class=\"swot\"><tr><td>");
        swotBox("swot.strengths", in.strengths());
        html.raw("</td><td>");
        swotBox("swot.weaknesses", in.weaknesses());
        html.raw("</td></tr><tr><td>");
        swotBox("swot.opportunities", in.opportunities());
        html.raw("</td><td>");
        swotBox("swot.threats", in.threats());
        html.raw("</td></tr></table>");
        if (in.economicIssues() != null && !in.economicIssues().isBlank()) {
            html.heading(3, text.t("plan.economicIssues"));
            html.multiline(null, in.economicIssues());
        }
        section(text.t("plan.section.recommendations"));
        if (in.recommendations().isEmpty()) {
            empty(text.t("plan.none"));
        } else {
            html.open("ol", null);
            in.recommendations().forEach(r -> html.element("li", null, r));
            html.close("ol");
        }
        html.close("div");
        stakeholders(in);
        scoring(in);
        team(in);
        revenue(in);
    }

    private void swotBox(String key, List<String> items) {
        html.heading(3, text.t(key));
        if (items.isEmpty()) {
            empty(text.t("plan.none"));
        } else {
            html.list(items);
        }
    }

    private void stakeholders(PlanReport.Internal in) {
        section(text.t("plan.section.stakeholders"));
        if (in.stakeholders().isEmpty()) {
            empty(text.t("plan.stakeholders.none"));
        } else {
            html.raw(chart(OrgChartDrawing.draw(in.stakeholders(), text)));
            List<List<String>> rows = new ArrayList<>();
            for (StakeholderLine s : in.stakeholders()) {
                String indent = "\u00a0\u00a0\u00a0\u00a0".repeat(s.depth());
                rows.add(List.of(Html.cell(indent + s.name()), Html.cell(s.title() == null ? "" : s.title()),
                        Html.cell(text.of(s.role())), Html.cell(s.influence() == null ? "–" : s.influence() + "/5"),
                        s.attitude() == null ? "–" : statusCell(OrgChartDrawing.attitudeColor(s.attitude()),
                                text.of(s.attitude())),
                        Html.cell(text.of(s.relationship())), Html.cell(text.date(s.lastContact()))));
            }
            html.table(null, List.of(text.t("col.name"), text.t("col.title"), text.t("col.role"),
                    text.t("col.influence"), text.t("col.attitude"), text.t("col.relationship"),
                    text.t("col.lastContact")), new boolean[] {false, false, false, true, false, false, false}, rows);
        }
        html.heading(3, text.t("plan.coverage"));
        if (in.coverageWarnings().isEmpty()) {
            html.paragraph(null, text.t("plan.coverage.none"));
        } else {
            html.open("ul", null);
            in.coverageWarnings().forEach(w -> html.element("li", "warning", w.text(text.language())));
            html.close("ul");
        }
    }

    private void scoring(PlanReport.Internal in) {
        section(text.t("plan.section.scoring"));
        PlanReport.Scoring s = in.scoring();
        html.paragraph(null, text.t("plan.abcClass", in.abcClass() == null ? "–" : in.abcClass()));
        if (s.quadrant() == null) {
            html.paragraph("muted", text.t("plan.notScored",
                    String.join("; ", s.problem().stream().map(p -> p.text(text.language())).toList())));
        } else {
            html.paragraph(null, text.t("plan.score", text.decimal(s.score(), 1), text.of(s.quadrant()),
                    text.decimal(s.attractiveness(), 1), text.decimal(s.strength(), 1), s.rank(), s.criteriaSet(),
                    s.version()));
            List<List<String>> rows = new ArrayList<>();
            for (CriterionLine c : s.criteria()) {
                rows.add(List.of(Html.cell(c.name()), Html.cell(text.of(c.axis())),
                        Html.cell(text.decimal(c.weight(), 0) + " %"),
                        Html.cell(c.level() == 0 ? "–" : c.level() + " / " + c.scale())));
            }
            html.table(null, List.of(text.t("col.criterion"), text.t("col.axis"), text.t("col.weight"),
                    text.t("col.level")), new boolean[] {false, false, true, true}, rows);
        }
        html.heading(3, text.t("plan.designations"));
        if (in.designations().isEmpty()) {
            empty(text.t("plan.designations.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Designation d : in.designations()) {
                rows.add(List.of(Html.cell(text.date(d.date())), Html.cell(text.of(d.status())), Html.cell(d.reason()),
                        Html.cell(d.author() == null ? "" : d.author())));
            }
            html.table(null, List.of(text.t("col.date"), text.t("col.designation"), text.t("col.reason"),
                    text.t("col.author")), new boolean[] {false, false, false, false}, rows);
        }
    }

    private void team(PlanReport.Internal in) {
        section(text.t("plan.section.team"));
        if (in.team().isEmpty()) {
            empty(text.t("plan.team.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            in.team().forEach(m -> rows.add(List.of(Html.cell(m.name() + (m.lead() ? " ★" : "")),
                    Html.cell(m.lead() ? text.t("plan.leadKam") : m.role()))));
            html.table(null, List.of(text.t("col.name"), text.t("col.teamRole")), new boolean[] {false, false}, rows);
        }
        if (!in.effort().isEmpty()) {
            html.heading(3, text.t("plan.effort"));
            List<List<String>> rows = new ArrayList<>();
            for (Effort e : in.effort()) {
                rows.add(List.of(Html.cell(String.valueOf(e.year())), Html.cell(text.number(e.hours(), 1)),
                        Html.cell(text.money(e.budget(), report.cover().reportingCurrency()))));
            }
            html.table(null, List.of(text.t("col.year"), text.t("col.hours"), text.t("col.budget")),
                    new boolean[] {false, true, true}, rows);
        }
        if (in.accountNotes() != null && !in.accountNotes().isBlank()) {
            html.heading(3, text.t("plan.notes"));
            html.multiline(null, in.accountNotes());
        }
    }

    private void revenue(PlanReport.Internal in) {
        section(text.t("plan.section.revenue"));
        String currency = report.cover().reportingCurrency();
        if (in.revenue().isEmpty()) {
            empty(text.t("plan.revenue.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (RevenueYear y : in.revenue()) {
                List<String> lines = in.productLinesByYear().getOrDefault(y.year(), List.of());
                rows.add(List.of(Html.cell(String.valueOf(y.year())), Html.cell(text.money(y.revenue(), currency)),
                        Html.cell(text.change(y.nominalGrowth())), Html.cell(text.change(y.realGrowth())),
                        Html.cell(String.join(", ", lines))));
            }
            html.table(null, List.of(text.t("col.year"), text.t("col.revenue", currency), text.t("col.nominal"),
                    text.t("col.real"), text.t("col.productLines")), new boolean[] {false, true, true, true, false},
                    rows);
        }
        if (in.shareOfWallet() != null) {
            PlanReport.ShareOfWallet w = in.shareOfWallet();
            html.paragraph(null, text.t("plan.shareOfWallet", text.money(w.estimatedSpend(), w.currency()),
                    w.percent() == null ? "–" : text.number(w.percent(), 1) + " %", String.valueOf(w.year())));
        }
        for (Map.Entry<Integer, List<String>> e : in.productLinesByYear().entrySet()) {
            if (in.revenue().stream().noneMatch(y -> y.year() == e.getKey())) {
                html.paragraph(null, e.getKey() + ": " + String.join(", ", e.getValue()));
            }
        }
    }
}
