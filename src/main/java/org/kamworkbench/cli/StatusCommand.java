package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.service.workspace.WorkspaceStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code status [--json]}: what the workspace holds. */
@Command(name = StatusCommand.NAME, description = "Show what the workspace holds.")
final class StatusCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "status";

    private final CliContext context;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    StatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            WorkspaceStatus status = ws.status().status();
            if (json) {
                context.printJson(status);
            } else {
                context.out().printf("Workspace:        %s%n", ws.location().server()
                        .map(a -> "team workspace " + a.database() + " on the server " + a.host() + ":" + a.port()
                                + " (user " + a.user() + (a.tlsRequired() ? ", TLS" : "") + ")")
                        .orElse(ws.location().text()));
                context.out().printf("Accounts:         %d%n", status.accounts());
                context.out().printf("Revenue records:  %d%n", status.revenueRecords());
                context.out().printf("Years:            %s%n", status.years());
                status.revenueByCurrency().forEach((currency, total) ->
                        context.out().printf("Revenue %s:      %s%n", currency, total.toPlainString()));
            }
            return KamCli.OK;
        }
    }
}
