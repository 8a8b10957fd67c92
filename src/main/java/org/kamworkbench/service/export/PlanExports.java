package org.kamworkbench.service.export;

import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.domain.ObjectiveStatus;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.PlanStatus;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.service.plan.ActionItem;
import org.kamworkbench.service.plan.NextPlanReview;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.PlanService;

/** The account plans (one row per plan, templates left out) and the actions across plans. */
final class PlanExports {
    private PlanExports() {
    }

    static ExportTable plans(PlanService plans, Map<Long, String> leadByAccount, ExportTexts t) {
        ExportTable.Builder table = ExportTable.named(t.column("sheet.plans"))
                .text(t.column("externalId")).text(t.column("name")).text(t.column("planStatus"))
                .date(t.column("from")).date(t.column("to")).text(t.column("lead"))
                .integer(t.column("objectivesDone")).integer(t.column("objectivesTotal"))
                .integer(t.column("actionsOpen")).integer(t.column("overdueActions")).date(t.column("lastReview"))
                .date(t.column("nextReview"));
        for (Account account : plans.accounts()) {
            for (AccountPlan plan : plans.plansOf(account.id())) {
                PlanDetails d = plans.details(plan.id());
                long done = d.objectives().stream().filter(o -> o.status() == ObjectiveStatus.ACHIEVED).count();
                long open = d.actions().stream().filter(a -> a.status() != ActionStatus.DONE).count();
                long overdue = plan.status() == PlanStatus.CLOSED ? 0
                        : d.actions().stream().filter(a -> a.overdue(plans.today())).count();
                table.row(account.externalId(), account.name(), t.of(plan.status()), plan.start(), plan.end(),
                        leadByAccount.get(account.id()), done, (long) d.objectives().size(), open, overdue,
                        d.reviews().stream().map(r -> r.date()).filter(x -> x != null)
                                .max(java.util.Comparator.naturalOrder()).orElse(null),
                        NextPlanReview.of(plan, d.reviews()));
            }
        }
        return table.build();
    }

    static ExportTable actions(List<ActionItem> items, ExportTexts t) {
        ExportTable.Builder table = ExportTable.named(t.column("sheet.actions"))
                .text(t.column("externalId")).text(t.column("name")).text(t.column("what"))
                .text(t.column("owner")).text(t.column("how")).date(t.column("due")).text(t.column("actionStatus"))
                .text(t.column("objective")).date(t.column("completedOn")).text(t.column("overdue"))
                .text(t.column("author"));
        for (ActionItem i : items) {
            PlanAction a = i.action();
            table.row(i.account().externalId(), i.account().name(), a.what(), i.owner(), a.how(), a.due(),
                    t.of(a.status()), i.objective(), a.completedOn(), i.overdue() ? t.get("export.yes") : "", a.author());
        }
        return table.build();
    }
}
