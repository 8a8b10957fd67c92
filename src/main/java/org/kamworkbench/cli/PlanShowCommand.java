package org.kamworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.AccountPlan;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plan show EXTERNAL_ID [--json]}: the account's active plan (else its newest draft, else its
 * newest closed plan) with objectives, actions, reviews and the account's KPIs over the plan's years.
 */
@Command(name = "show", description = "Show an account's plan: objectives, actions, reviews and KPIs.")
final class PlanShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "EXTERNAL_ID", description = "The account's external id.")
    String externalId;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    PlanShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        externalId = ExternalIds.normalize(externalId); // "17850.0" is the account 17850
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            Account account = ws.plans().accountByExternalId(externalId)
                    .orElseThrow(() -> new BadInputException("No account with external id '" + externalId + "'."));
            List<AccountPlan> plans = ws.plans().plansOf(account.id());
            AccountPlan plan = ws.plans().currentPlan(account.id()).or(() -> plans.stream().findFirst())
                    .orElseThrow(() -> new BadInputException("Account " + account.externalId() + " has no plan yet."));
            PlanDetails details = ws.plans().details(plan.id());
            List<KpiSeries> kpis = ws.kpis().seriesOf(account.id(), plan.start(), plan.end());
            PlanJson.Plan shown = PlanJson.plan(details, kpis, plans, ws.plans().today());
            if (json) {
                context.printJson(shown);
            } else {
                PlanText.print(shown, context.out());
            }
            return KamCli.OK;
        }
    }
}
