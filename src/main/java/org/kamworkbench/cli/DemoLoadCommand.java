package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.demo.DemoPortfolio;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;

/**
 * {@code demo load}: the demo portfolio, with its ratings, people, key accounts, stakeholders, plans,
 * KPIs and meetings, into a new or empty workspace. A workspace that holds accounts is refused (exit 2).
 */
@Command(name = "load", description = "Load the demo portfolio (accounts, revenue, rates, ratings, people, key "
        + "accounts, stakeholders, plans, KPIs, meetings) into a new or empty workspace.")
final class DemoLoadCommand implements Callable<Integer> {
    private final CliContext context;

    DemoLoadCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
            if (ws.status().status().accounts() > 0) {
                throw new BadInputException("The demo portfolio can only be loaded into an empty workspace: "
                        + context.workspaceLocation() + " already holds accounts. Name a new workspace with --workspace.");
            }
            DemoPortfolio demo;
            org.kamworkbench.service.port.ProgressMonitor progress = TerminalProgress.forCaller(context, "Loading the demo");
            try {
                demo = ws.demo().load(progress);
            } catch (java.util.concurrent.CancellationException e) {
                // stopped (Ctrl+C): the demo is one transaction, so nothing of it was written
                context.err().println(e.getMessage() + " The workspace is unchanged.");
                return KamCli.INTERRUPTED;
            } catch (IllegalStateException e) {
                throw new BadInputException(e.getMessage());
            } finally {
                if (progress instanceof TerminalProgress terminal) {
                    terminal.clear();
                }
            }
            context.out().println("Loaded the demo portfolio into " + ws.location() + ": " + demo.accounts().size()
                    + " accounts with their revenue, ratings, key accounts, people, stakeholders, plans, KPIs and "
                    + "meetings.");
            return KamCli.OK;
        }
    }
}
