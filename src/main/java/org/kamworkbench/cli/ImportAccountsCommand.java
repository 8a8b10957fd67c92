package org.kamworkbench.cli;

import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import accounts FILE [--format auto|salesforce|hubspot|zoho|generic] [OPTIONS]}. */
@Command(name = "accounts", description = "Import accounts from a CRM export.")
final class ImportAccountsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ImportFileOptions file;

    @Option(names = "--format", paramLabel = "auto|salesforce|hubspot|zoho|generic", defaultValue = "auto",
            converter = OptionConverters.Preset.class,
            description = "The CRM the export comes from (default: recognised from the headers).")
    String format;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    ImportAccountsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ImportRunner(context).run(ImportKind.ACCOUNTS, file, file.toImportOptions(format, null, false),
                json);
    }
}
