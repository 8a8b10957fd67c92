package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import fx FILE [--inverse] [OPTIONS]}. */
@Command(name = "fx", description = "Import FX rates: units of reporting currency per 1 unit of the currency.")
final class ImportFxCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ImportFileOptions file;

    @Option(names = "--inverse", description = "The file gives units of the currency per 1 reporting unit.")
    boolean inverse;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    ImportFxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ImportRunner(context).run(ImportKind.FX, file, file.toImportOptions(null, null, inverse), json);
    }
}
