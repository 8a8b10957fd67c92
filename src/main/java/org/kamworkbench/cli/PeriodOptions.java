package org.kamworkbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kamworkbench.service.portfolio.PeriodSpec;
import picocli.CommandLine.Option;

/** {@code [--year Y | --from YYYY-MM-DD --to YYYY-MM-DD]}; none of them means the whole history. */
final class PeriodOptions {
    @Option(names = "--year", paramLabel = "YEAR", description = "Analyse one calendar year.")
    Integer year;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "First day of the period (with --to); every month the period overlaps counts whole.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (with --from).")
    String to;

    /** @throws BadInputException when the options contradict each other or a date is invalid */
    PeriodSpec toSpec() {
        if (year != null && (from != null || to != null)) {
            throw new BadInputException("Use either --year or --from/--to, not both.");
        }
        if (year != null) {
            return PeriodSpec.year(year);
        }
        if ((from == null) != (to == null)) {
            throw new BadInputException("--from and --to go together: give both dates (YYYY-MM-DD).");
        }
        if (from == null) {
            return PeriodSpec.wholeHistory();
        }
        return PeriodSpec.range(date("--from", from), date("--to", to));
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("'" + text + "' given to " + option + " is not a date like 2024-01-31.");
        }
    }
}
