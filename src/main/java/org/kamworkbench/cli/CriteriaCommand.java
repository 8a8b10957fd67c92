package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.service.criteria.CriteriaDraft;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.workspace.WorkspaceServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code criteria import FILE.json}: a new version of the criteria set named in the file. */
@Command(name = CriteriaCommand.NAME, description = "Work with criteria sets for key account selection.",
        subcommands = {CriteriaCommand.Import.class})
final class CriteriaCommand implements Callable<Integer> {
    /** The name that selects this command (KamCli matches it without reading annotations). */
    static final String NAME = "criteria";

    @Override
    public Integer call() {
        throw new BadInputException("Say what to do with criteria: criteria import FILE.json.");
    }

    /** Checks a file before a workspace is opened for it. */
    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Files.isDirectory(file) ? file + " is a folder, not a file."
                    : "File not found: " + file);
        }
        return file;
    }

    /** Runs service work; its input problems are bad input, one line each. */
    static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (CriteriaInputException e) {
            throw new BadInputException(e.problems());
        }
    }

    @Command(name = "import", description = "Save a criteria set from a JSON file as a new version of the set "
            + "with that name. Bad files change nothing.")
    static final class Import implements Callable<Integer> {
        private final CliContext context;

        @Parameters(index = "0", paramLabel = "FILE.json", description = "The criteria set as JSON.")
        Path file;

        @Option(names = "--json", description = "Print the saved set as JSON.")
        boolean json;

        Import(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CriteriaDraft draft = CriteriaFile.read(existing(file), context.json());
            try (WorkspaceServices ws = context.createOrOpenWorkspace()) {
                CriteriaSet saved = run(() -> ws.keyAccounts().criteriaSets().importCriteria(draft));
                if (json) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("name", saved.name());
                    out.put("version", saved.version());
                    out.put("savedAt", saved.savedAt());
                    out.put("criteria", saved.criteria().size());
                    context.printJson(out);
                } else {
                    context.out().println("Saved criteria set '" + saved.name() + "' version " + saved.version()
                            + " (" + saved.criteria().size() + " criteria).");
                }
                return KamCli.OK;
            }
        }
    }
}
