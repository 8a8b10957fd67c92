package org.kamworkbench.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.plan.ActionItem;
import org.kamworkbench.service.plan.People;
import org.kamworkbench.service.plan.PlanDetails;

/** The JSON shapes of plans, actions and KPIs: plain records, numbers exact and unrounded. */
final class PlanJson {
    private PlanJson() {
    }

    record Plan(String account, String accountName, long id, String status, LocalDate start, LocalDate end,
                String challenges, String economicIssues, Map<String, List<String>> swot, List<String> recommendations,
                List<Objective> objectives, List<Action> actions, List<Review> reviews, List<Kpi> kpis,
                List<OtherPlan> otherPlans) {
    }

    record Objective(long id, String title, LocalDate due, String horizon, String status, String kpi,
                     BigDecimal target, String targetText, String owner) {
    }

    record Action(String account, String accountName, long id, String what, String who, String whoKind, String how,
                  LocalDate due, String status, String objective, LocalDate completedOn, boolean overdue,
                  String author) {
    }

    record Review(LocalDate date, List<String> participants, String notes) {
    }

    record Kpi(String name, String unit, String direction, String frequency, String source, BigDecimal baseline,
               List<Period> periods, List<String> notes) {
    }

    record Period(String period, BigDecimal target, BigDecimal actual, String status, String comment) {
    }

    record OtherPlan(long id, String status, LocalDate start, LocalDate end) {
    }

    static Plan plan(PlanDetails d, List<KpiSeries> kpis, List<AccountPlan> others, LocalDate today) {
        AccountPlan p = d.plan();
        People people = d.people();
        Map<Long, String> kpiNames = new java.util.HashMap<>();
        kpis.forEach(s -> kpiNames.put(s.kpi().id(), s.kpi().name()));
        return new Plan(d.account().externalId(), d.account().name(), p.id(), p.status().name(), p.start(), p.end(),
                p.challenges(), p.economicIssues(),
                Map.of("strengths", p.strengths(), "weaknesses", p.weaknesses(), "opportunities", p.opportunities(),
                        "threats", p.threats()),
                p.recommendations(),
                d.objectives().stream().map(o -> new Objective(o.id(), o.title(), o.due(),
                        o.horizon(p.start()).name(), o.status().name(), kpiNames.get(o.kpiId()), o.target(),
                        o.targetText(), people.colleague(o.ownerId()))).toList(),
                d.actions().stream().map(a -> new Action(d.account().externalId(), d.account().name(), a.id(),
                        a.what(), people.ownerOf(a), kind(a.colleagueId(), a.stakeholderId()), a.how(), a.due(),
                        a.status().name(), d.objectiveTitle(a.objectiveId()), a.completedOn(), a.overdue(today),
                        a.author()))
                        .toList(),
                d.reviews().stream().map(r -> new Review(r.date(), java.util.stream.Stream.concat(
                        r.colleagueIds().stream().map(people::colleague),
                        r.stakeholderIds().stream().map(people::stakeholder)).toList(), r.notes())).toList(),
                kpis.stream().map(PlanJson::kpi).toList(),
                others.stream().filter(o -> o.id() != p.id())
                        .map(o -> new OtherPlan(o.id(), o.status().name(), o.start(), o.end())).toList());
    }

    static Action action(ActionItem i) {
        var a = i.action();
        return new Action(i.account().externalId(), i.account().name(), a.id(), a.what(), i.owner(),
                kind(a.colleagueId(), a.stakeholderId()), a.how(), a.due(), a.status().name(), i.objective(),
                a.completedOn(), i.overdue(), a.author());
    }

    private static Kpi kpi(KpiSeries s) {
        KpiDefinition k = s.kpi();
        return new Kpi(k.name(), k.unit(), k.direction().name(), k.frequency().name(), k.source().name(), k.baseline(),
                s.points().stream().map(PlanJson::period).toList(), s.notes());
    }

    private static Period period(KpiPoint p) {
        return new Period(p.period().toString(), p.target(), p.actual(), p.status() == null ? null : p.status().name(),
                p.comment());
    }

    private static String kind(Long colleagueId, Long stakeholderId) {
        return colleagueId != null ? "colleague" : stakeholderId != null ? "stakeholder" : null;
    }
}
