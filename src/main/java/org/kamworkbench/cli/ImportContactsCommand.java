package org.kamworkbench.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kamworkbench.service.imports.ImportKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code import contacts FILE [--format auto|salesforce|hubspot|generic] [OPTIONS]}. */
@Command(name = "contacts", description = "Import client contacts (stakeholders) from a CRM export; each row names "
        + "its account by id or name, \"Reports To\" the manager's full name or email.")
final class ImportContactsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ImportFileOptions file;

    @Option(names = "--format", paramLabel = "auto|salesforce|hubspot|generic", defaultValue = "auto",
            converter = ContactPreset.class,
            description = "The CRM the export comes from (default: recognised from the headers).")
    String format;

    @Option(names = "--json", description = "Print the import report as JSON.")
    boolean json;

    ImportContactsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return new ImportRunner(context).run(ImportKind.CONTACTS, file, file.toImportOptions(format, null, false),
                json);
    }

    static final class ContactPreset implements ITypeConverter<String> {
        static final List<String> PRESETS = List.of("auto", "salesforce", "hubspot", "generic");

        @Override
        public String convert(String value) {
            String preset = value.toLowerCase(Locale.ROOT);
            if (!PRESETS.contains(preset)) {
                throw new TypeConversionException("'" + value + "' is not a contacts format: use one of "
                        + String.join(", ", PRESETS));
            }
            return preset;
        }
    }
}
