package org.kamworkbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code accounts list [--json]}: every account with its attributes. */
@Command(name = "list", description = "List every account.")
final class AccountsListCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("External ID", "Name", "Owner", "Country", "Region",
            "Division", "Industry", "Type", "Currency", "Annual revenue", "Employees");
    private static final boolean[] RIGHT = {false, false, false, false, false, false, false, false, false, true, true};

    private final CliContext context;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    AccountsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            List<Account> accounts = ws.accounts().list();
            if (json) {
                context.printJson(accounts.stream().map(AccountJson::of).toList());
            } else if (accounts.isEmpty()) {
                context.out().println("No accounts in workspace " + ws.name() + ".");
            } else {
                TextTable table = new TextTable(HEADER, RIGHT);
                accounts.forEach(a -> table.add(cells(a)));
                table.print(context.out());
            }
            return KamCli.OK;
        }
    }

    private static List<String> cells(Account a) {
        return java.util.Arrays.asList(a.externalId(), a.name(), a.owner(), a.country(), a.region(), a.division(),
                a.industry(), a.type(), a.currency(),
                a.annualRevenue() == null ? null : a.annualRevenue().stripTrailingZeros().toPlainString(),
                a.employees() == null ? null : a.employees().toString());
    }
}
