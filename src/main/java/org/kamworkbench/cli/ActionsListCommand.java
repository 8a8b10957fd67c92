package org.kamworkbench.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.kamworkbench.service.plan.ActionItem;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code actions list}: the actions of every open plan, by due date. */
@Command(name = "list", description = "List the actions of every account's open plan, by due date.")
final class ActionsListCommand implements Callable<Integer> {
    private static final List<String> HEADER = List.of("Due", "Account", "What", "Who", "Status", "Overdue");
    private static final boolean[] RIGHT = {false, false, false, false, false, false};

    private final CliContext context;

    @Option(names = "--owner", paramLabel = "NAME", description = "Only the actions of this colleague or client "
            + "stakeholder (the whole name, any case).")
    String owner;

    @Option(names = "--overdue", description = "Only actions due before today and not done.")
    boolean overdue;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    ActionsListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (WorkspaceServices ws = context.openWorkspaceForReading()) {
            List<ActionItem> items = ws.plans().actions(owner, overdue);
            if (json) {
                context.printJson(items.stream().map(PlanJson::action).toList());
            } else if (items.isEmpty()) {
                context.out().println("No actions" + (owner == null ? "" : " of " + owner)
                        + (overdue ? " are overdue." : "."));
            } else {
                TextTable table = new TextTable(HEADER, RIGHT);
                items.forEach(i -> table.add(Arrays.asList(i.action().due() == null ? null : i.action().due().toString(),
                        i.account().externalId(), i.action().what(), i.owner(), i.action().status().name(),
                        i.overdue() ? "overdue" : "")));
                table.print(context.out());
            }
            return KamCli.OK;
        }
    }
}
