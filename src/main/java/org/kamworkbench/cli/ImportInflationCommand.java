package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import inflation FILE [OPTIONS]}. */
@Command(name = "inflation", description = "Import inflation rates: year, currency or region, percent.")
final class ImportInflationCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ImportFileOptions file;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    ImportInflationCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ImportRunner(context).run(ImportKind.INFLATION, file, file.toImportOptions(null, null, false),
                json);
    }
}
