package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** A plan as readable text for the terminal. */
final class PlanText {
    private PlanText() {
    }

    static void print(PlanJson.Plan p, PrintWriter out) {
        out.printf("%s — %s%nPlan %s to %s (%s)%n", p.account(), p.accountName(), p.start(), p.end(), p.status());
        if (!p.challenges().isEmpty()) {
            out.println("Business challenges: " + p.challenges());
        }
        if (!p.economicIssues().isEmpty()) {
            out.println("Economic issues: " + p.economicIssues());
        }
        for (String list : List.of("strengths", "weaknesses", "opportunities", "threats")) {
            if (!p.swot().get(list).isEmpty()) {
                out.println(Character.toUpperCase(list.charAt(0)) + list.substring(1) + ": "
                        + String.join("; ", p.swot().get(list)));
            }
        }
        for (int i = 0; i < p.recommendations().size(); i++) {
            out.println("Recommendation " + (i + 1) + ": " + p.recommendations().get(i));
        }
        if (!p.objectives().isEmpty()) {
            out.println();
            TextTable t = new TextTable(List.of("Due", "Horizon", "Objective", "Status", "Owner"), new boolean[5]);
            p.objectives().forEach(o -> t.add(Arrays.asList(o.due().toString(), o.horizon(), o.title(), o.status(),
                    o.owner())));
            t.print(out);
        }
        if (!p.actions().isEmpty()) {
            out.println();
            TextTable t = new TextTable(List.of("Due", "Action", "Who", "Status", "Overdue"), new boolean[5]);
            p.actions().forEach(a -> t.add(Arrays.asList(a.due() == null ? null : a.due().toString(), a.what(), a.who(),
                    a.status(), a.overdue() ? "overdue" : "")));
            t.print(out);
        }
        for (PlanJson.Kpi k : p.kpis()) {
            out.println();
            out.println("KPI " + k.name() + (k.unit() == null || k.unit().isEmpty() ? "" : " (" + k.unit() + ")"));
            TextTable t = new TextTable(List.of("Period", "Target", "Actual", "Status"),
                    new boolean[] {false, true, true, false});
            k.periods().forEach(x -> t.add(Arrays.asList(x.period(), plain(x.target()), plain(x.actual()),
                    x.status())));
            t.print(out);
        }
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
