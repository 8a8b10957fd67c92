package org.kamworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** FILE and the OPTIONS every import command shares (a picocli mixin). */
final class ImportFileOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV or XLSX file to import.")
    Path file;

    @Option(names = "--map", paramLabel = "HEADER=field", converter = OptionConverters.Mapping.class,
            description = "Map a column to a field (repeatable); HEADER= ignores the column.")
    List<OptionConverters.ColumnMapping> mappings = new ArrayList<>();

    @Option(names = "--delimiter", paramLabel = "C", converter = OptionConverters.Delimiter.class,
            description = "CSV delimiter: a character, or tab, semicolon, comma, pipe. Default: detected.")
    Character delimiter;

    @Option(names = "--decimal", paramLabel = "C", converter = OptionConverters.Decimal.class,
            description = "Decimal separator, . or , (default: detected).")
    Character decimal;

    @Option(names = "--date-format", paramLabel = "PATTERN", converter = OptionConverters.DatePattern.class,
            description = "Date pattern such as dd/MM/yyyy (default: detected).")
    String datePattern;

    @Option(names = "--encoding", paramLabel = "NAME", converter = OptionConverters.Encoding.class,
            description = "Charset of a CSV file, e.g. UTF-8 or windows-1252 (default: detected).")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(names = "--skip-invalid", description = "Import the valid rows and report the others.")
    boolean skipInvalid;

    /** The file, checked before a workspace is opened for it. */
    Path existingFile() {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + " is a folder, not a file.");
        }
        if (!Files.exists(file)) {
            throw new BadInputException("File not found: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new BadInputException("Cannot read " + file + ": permission denied.");
        }
        return file;
    }

    ImportOptions toImportOptions(String preset, RevenueMode revenueMode, boolean inverseRates) {
        Map<String, String> mapping = new LinkedHashMap<>();
        mappings.forEach(m -> mapping.put(m.header(), m.field()));
        return new ImportOptions(preset, mapping, delimiter, decimal, datePattern, encoding, sheet, skipInvalid,
                revenueMode, inverseRates);
    }
}
