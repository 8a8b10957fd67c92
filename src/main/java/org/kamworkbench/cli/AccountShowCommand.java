package org.kamworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.account.Account360Services;
import org.kamworkbench.service.account.AccountOverview;
import org.kamworkbench.service.account.CoverageWarning;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.team.TeamMember;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code account show EXTERNAL_ID [--json]}: one account's profile, group, stakeholders, warnings and team. */
@Command(name = "show", description = "Show one account: profile, group revenue, stakeholders, coverage warnings "
        + "and team.")
final class AccountShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(paramLabel = "EXTERNAL_ID", description = "The account's id in the CRM.")
    String externalId;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    AccountShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        externalId = ExternalIds.normalize(externalId); // "17850.0" is the account 17850
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            Account360Services a360 = ws.account360();
            Account account = a360.pages().findByExternalId(externalId).orElseThrow(() -> new BadInputException(
                    "There is no account with the id '" + externalId + "' in workspace " + ws.name() + "."));
            AccountOverview overview = a360.pages().overview(account.id());
            List<Stakeholder> people = a360.stakeholders().list(account.id());
            List<CoverageWarning> warnings = a360.stakeholders().warnings(account.id());
            List<TeamMember> team = a360.teams().team(account.id());
            if (json) {
                context.printJson(AccountShowJson.of(overview, people, warnings, team));
            } else {
                print(overview, people, warnings, team, context.out());
            }
            return KamCli.OK;
        }
    }

    private static void print(AccountOverview o, List<Stakeholder> people, List<CoverageWarning> warnings,
                              List<TeamMember> team, PrintWriter out) {
        Account a = o.account();
        out.println(a.name() + " (" + a.externalId() + ")" + (a.country() == null ? "" : ", " + a.country())
                + (o.abcClass() == null ? "" : ", class " + o.abcClass()));
        if (o.parent() != null) {
            out.println("Parent: " + o.parent().name() + " (" + o.parent().externalId() + ")");
        }
        o.children().forEach(c -> out.println("Subsidiary: " + c.account().name() + " (" + c.account().externalId()
                + "), " + c.rolledUpRevenue().stripTrailingZeros().toPlainString() + " " + o.reportingCurrency()));
        out.println("Group revenue, all years: " + o.groupRevenue().stripTrailingZeros().toPlainString() + " "
                + o.reportingCurrency());
        out.println("Stakeholders: " + people.size());
        people.forEach(s -> out.println("  " + s.name() + (s.title() == null ? "" : ", " + s.title())
                + (s.buyingRole() == null ? "" : " [" + s.buyingRole() + "]")));
        warnings.forEach(w -> out.println("Warning " + w.code() + ": " + w.message()));
        team.forEach(m -> out.println((m.lead() ? "Lead: " : "Team: ") + m.colleague().name() + " (" + m.role() + ")"));
    }
}
