package org.kamworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kamworkbench.service.privacy.PersonFootprint;
import org.kamworkbench.service.privacy.PrivacyService;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The personal data of one stakeholder: {@code account forget-person ID} and {@code account export-person ID}. */
final class PersonCommands {
    private PersonCommands() {
    }

    @Command(name = "forget-person", description = "Remove a stakeholder's personal data everywhere (record, "
            + "reporting lines, meetings, plan reviews, actions, texts naming them) in one transaction.")
    static final class ForgetPerson implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The stakeholder's id (as 'account show --json' lists it).")
        long id;

        @Option(names = "--dry-run", description = "List what would be removed or changed, and change nothing.")
        boolean dryRun;

        @Option(names = "--json", description = "Print JSON: what was (or would be) removed or changed.")
        boolean json;

        ForgetPerson(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (WorkspaceServices ws = context.openWorkspace()) {
                PrivacyService privacy = ws.account360().privacy();
                PersonFootprint f;
                try {
                    f = dryRun ? privacy.footprint(id) : privacy.forget(id);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                if (json) {
                    context.printJson(new Forgotten(!dryRun, f));
                } else {
                    printSummary(f);
                }
            }
            return KamCli.OK;
        }

        private void printSummary(PersonFootprint f) {
            context.out().printf("%s %s (%s, stakeholder %d):%n", dryRun ? "Forgetting would remove" : "Removed",
                    f.person().name(), f.accountName(), f.person().id());
            context.out().printf("  the stakeholder record%n");
            context.out().printf("  %d reporting line(s), %d meeting attendance(s), %d plan review(s), "
                            + "%d action owner(s)%n", f.directReports().size() + (f.reportsTo() == null ? 0 : 1),
                    f.meetings().size(), f.planReviews().size(), f.actions().size());
            context.out().printf("  their name in %d text(s), replaced by %s%n", f.mentions().size(),
                    PrivacyService.REPLACEMENT);
        }
    }

    /** What {@code forget-person --json} prints: whether it was removed, and what. */
    record Forgotten(boolean removed, PersonFootprint person) {
    }

    @Command(name = "export-person", description = "Write everything the workspace holds about a stakeholder as JSON.")
    static final class ExportPerson implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "ID", description = "The stakeholder's id.")
        long id;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "The JSON file to write.")
        Path out;

        ExportPerson(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            PersonFootprint f;
            try (WorkspaceServices ws = context.openWorkspace()) {
                f = ws.account360().privacy().footprint(id);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            try {
                Files.writeString(out, context.json().writeValueAsString(f) + System.lineSeparator());
            } catch (IOException e) {
                throw new BadInputException("Cannot write " + out + ": " + e.getMessage());
            }
            context.out().println("Wrote what the workspace holds about " + f.person().name() + " to " + out + ".");
            return KamCli.OK;
        }
    }
}
