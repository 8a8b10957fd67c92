package org.kamworkbench.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamworkbench.service.plan.PlanOverviewRow;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plans list}: the same rows as the Account plans screen, gaps first. */
@Command(name = "list", description = "List every designated key account and every account with a plan: plan "
        + "status, lead, period, objectives, overdue actions, KPI status, next review. Key accounts without an "
        + "active plan come first.")
final class PlansListCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("Account", "Name", "Key", "Status", "Lead", "From", "To",
            "Objectives", "Overdue", "KPIs", "Next review");
    private static final boolean[] RIGHT = {false, false, false, false, false, false, false, true, true, false,
            false};

    private final CliContext context;

    @Option(names = "--gaps", description = "Only key accounts without an active plan.")
    boolean gaps;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    PlansListCommand(CliContext context) {
        this.context = context;
    }

    /** One row as JSON: {@code accountId} is the account's id as imported (its external id). */
    record Row(String accountId, String accountName, boolean designated, String status, String lead, LocalDate from,
               LocalDate to, int objectivesDone, int objectivesTotal, int overdueActions, String kpiStatus,
               LocalDate nextReview) {
        static Row of(PlanOverviewRow r) {
            return new Row(r.externalId(), r.accountName(), r.designated(), lower(r.status()), r.lead(), r.from(),
                    r.to(), r.objectivesDone(), r.objectivesTotal(), r.overdueActions(), lower(r.kpiStatus()),
                    r.nextReview());
        }
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.openWorkspace()) {
            List<PlanOverviewRow> rows = ws.planOverview().rows().stream().filter(r -> !gaps || r.gap()).toList();
            if (json) {
                context.printJson(rows.stream().map(Row::of).toList());
            } else if (rows.isEmpty()) {
                context.out().println(gaps ? "Every key account has an active plan."
                        : "No key accounts and no plans yet.");
            } else {
                TextTable table = new TextTable(HEADER, RIGHT);
                rows.forEach(r -> table.add(Arrays.asList(r.externalId(), r.accountName(), r.designated() ? "key" : "",
                        lower(r.status()), r.lead(), text(r.from()), text(r.to()),
                        r.objectivesDone() + "/" + r.objectivesTotal(), String.valueOf(r.overdueActions()),
                        lower(r.kpiStatus()), text(r.nextReview()))));
                table.print(context.out());
            }
            return KamCli.OK;
        }
    }

    private static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
