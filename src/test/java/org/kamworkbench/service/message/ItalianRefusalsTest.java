package org.kamworkbench.service.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.kamworkbench.service.criteria.CriteriaDraft;
import org.kamworkbench.service.criteria.CriteriaInputException;
import org.kamworkbench.service.criteria.CriteriaValidator;
import org.kamworkbench.service.criteria.CriterionDraft;
import org.kamworkbench.service.fx.MissingRate;
import org.kamworkbench.service.fx.MissingRateException;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportWarning;
import org.kamworkbench.service.imports.fakes.Workbench;
import org.kamworkbench.service.imports.parse.CountryResolver;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.imports.parse.DateParser;
import org.kamworkbench.service.imports.parse.DateStyle;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.NumberStyle;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.PeriodSpec;
import org.kamworkbench.service.portfolio.PortfolioInputException;
import org.junit.jupiter.api.Test;

/**
 * The refusals of the criteria, import and portfolio services, as the Italian desktop shows them: Italian
 * sentences (no English words of the English sentence left), with the line, column and value the user must
 * find; the plain message (the command line) stays English.
 */
class ItalianRefusalsTest {
    /** Words of the English sentences, as whole words ("periodo" is Italian). */
    private static final List<String> ENGLISH = List.of("line", "column", "is not", "the", "must", "needs",
            "weight", "add up", "has", "and", "empty", "there is", "revenue", "period", "ends", "before", "number");

    @Test
    void aStrictValueRefusalIsItalianAndKeepsLineColumnAndValue() {
        InvalidValueException notAmount = catchThrowableOfType(InvalidValueException.class,
                () -> new NumberParser(new NumberStyle(',', true)).parseAmount("12,5 kg"));
        ImportProblem problem = ImportProblem.of(1204, "Importo", "12,5 kg", notAmount.sentence());

        assertThat(problem.describe(Locale.ITALY)).isEqualTo("Riga 1204, colonna 'Importo': '12,5 kg' non è un importo");
        assertThat(problem.describe()).isEqualTo("Line 1204, column 'Importo': '12,5 kg' is not an amount");
        assertItalian(problem.describe(Locale.ITALY));
    }

    @Test
    void aDateRefusalNamesTheExpectedPatternInItalian() {
        InvalidValueException notDate = catchThrowableOfType(InvalidValueException.class,
                () -> new DateParser(DateStyle.ofPattern("dd/MM/yyyy")).parse("31/02/2024"));
        ImportProblem problem = ImportProblem.of(7, "Data", "31/02/2024", notDate.sentence());

        assertThat(problem.describe(Locale.ITALY))
                .isEqualTo("Riga 7, colonna 'Data': '31/02/2024' non è una data (formato atteso dd/MM/yyyy)");
        assertItalian(problem.describe(Locale.ITALY));
    }

    @Test
    void aWholeRowRefusalKeepsItsLine() {
        ImportProblem problem = ImportProblem.of(12, null, null, Sentence.of("value.noEffort"));

        assertThat(problem.describe(Locale.ITALY)).isEqualTo("Riga 12: non indica né ore né budget");
    }

    @Test
    void aBadDatePatternOfAnImportIsRefusedInItalian() {
        UserInputException refusal = catchThrowableOfType(UserInputException.class,
                () -> DateParser.formatter("dd/MM/yyyy pp"));
        ImportInputException asImport = new ImportInputException(refusal.key(), refusal.args().toArray());

        assertThat(asImport.message(Locale.ITALY)).isEqualTo("'dd/MM/yyyy pp' non è un formato di data (per es. dd/MM/yyyy).");
        assertThat(asImport.getMessage()).isEqualTo("'dd/MM/yyyy pp' is not a date pattern (e.g. dd/MM/yyyy).");
    }

    @Test
    void criteriaProblemsAreItalianOnePerLine() {
        CriterionDraft noAxis = new CriterionDraft("Potenziale", null, "height", 60.0, 5, "manual", null, null,
                null, null);
        CriterionDraft noWeight = new CriterionDraft("Relazione", null, "strength", null, 5, "manual", null, null,
                null, null);
        CriteriaInputException e = catchThrowableOfType(CriteriaInputException.class,
                () -> CriteriaValidator.toSet(new CriteriaDraft("Set", null, null, null, List.of(noAxis, noWeight))));

        assertThat(e.problems(Locale.ITALY)).containsExactly(
                "Criterio 'Potenziale': asse 'height' sconosciuto (usa attractiveness o strength).",
                "Criterio 'Relazione' non ha un peso.",
                "Un set di criteri richiede da 3 a 8 criteri; questo ne ha 2.",
                "I pesi sommano 60; devono sommare 100.");
        e.problems(Locale.ITALY).forEach(ItalianRefusalsTest::assertItalian);
        assertThat(e.getMessage()).startsWith("Criterion 'Potenziale': unknown axis 'height'");
    }

    @Test
    void portfolioRefusalsAreItalian() {
        PortfolioInputException reversed = catchThrowableOfType(PortfolioInputException.class,
                () -> new PeriodSpec.DateRange(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)));
        UserInputException abc = catchThrowableOfType(UserInputException.class, () -> AbcThresholds.parse("80,x,5"));
        UserInputException sum = catchThrowableOfType(UserInputException.class,
                () -> new AbcThresholds(List.of(new BigDecimal("70"), new BigDecimal("20"))));

        assertThat(reversed.message(Locale.ITALY)).isEqualTo("Il periodo finisce (01/01/2024) prima di cominciare (31/12/2024).");
        assertThat(abc.message(Locale.ITALY))
                .isEqualTo("'80,x,5' non è un elenco di percentuali delle classi ABC come 80,15,5: 'x' non è un numero.");
        assertThat(sum.message(Locale.ITALY)).isEqualTo("Le percentuali delle classi ABC devono sommare 100: 70,20 sommano 90.");
        List.of(reversed.message(Locale.ITALY), abc.message(Locale.ITALY), sum.message(Locale.ITALY))
                .forEach(ItalianRefusalsTest::assertItalian);
        assertThat(reversed.getMessage()).isEqualTo("The period ends (2024-01-01) before it starts (2024-12-31).");
    }

    @Test
    void aCriteriaFileProblemCountIsItalian() {
        assertThat(Sentence.of("criteria.problemCount", 1).text(Locale.ITALY))
                .isEqualTo("1 problema; non è stato importato nulla.");
        assertThat(Sentence.of("criteria.problemCount", 1204).text(Locale.ITALY))
                .isEqualTo("1.204 problemi; non è stato importato nulla.");
        assertThat(Sentence.of("criteria.problemCount", 2).toString()).isEqualTo("2 problems; nothing was imported.");
    }

    @Test
    void anImportWarningIsItalianAndKeepsItsRegion() {
        ImportReport report = new Workbench().importFile(Workbench.fixture("salesforce-dataloader-accounts.csv"),
                ImportKind.ACCOUNTS);

        ImportWarning unspecified = report.warnings().get(0);
        assertThat(unspecified.reason(Locale.ITALY)).isEqualTo("non è un paese che conosciamo — importato senza paese, "
                + "nella regione Unassigned (scrivi un codice ISO come DE o un nome come Germania per collocarlo)");
        assertThat(unspecified.describe()).startsWith("Column 'BillingCountry': 'Unspecified' (2 rows) is not a country");
        assertItalian(unspecified.reason(Locale.ITALY));
        assertThat(Sentence.of("warning.severalCountries", CountryResolver.severalCountries("Channel Islands"),
                "Unassigned").text(Locale.ITALY))
                .isEqualTo("indica più paesi, Jersey (JE) e Guernsey (GG) — importato senza paese, nella regione Unassigned");
    }

    @Test
    void aMissingFxRateIsItalianAlsoInsideAPortfolioNote() {
        MissingRateException missing = new MissingRateException("USD", 2024, 3, "EUR",
                List.of(new MissingRate("USD", 2024), new MissingRate("GBP", 2025)));

        assertThat(missing.message(Locale.ITALY)).isEqualTo("Nessun cambio per USD in 2024-03 (né per l'anno 2024): "
                + "aggiungilo alla tabella dei cambi (unità di EUR per 1 USD). Senza cambio anche: GBP 2025.");
        assertThat(missing.getMessage()).isEqualTo("No FX rate for USD in 2024-03 (nor for the year 2024): add it to "
                + "the FX table (units of EUR per 1 USD). Also without a rate: GBP 2025.");
        assertThat(Sentence.of("portfolio.note.noGrowth", missing.sentence()).text(Locale.ITALY))
                .doesNotContain("No FX rate").contains("Nessun cambio per USD");
        assertItalian(missing.message(Locale.ITALY));
    }

    @Test
    void aLogoTooLargeIsRefusedInItalian(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path big = java.nio.file.Files.write(dir.resolve("logo.png"), new byte[3 * 1024]);
        UserInputException refusal = catchThrowableOfType(UserInputException.class,
                () -> new org.kamworkbench.io.report.ImageLogoFiles().read(big, 1024));

        assertThat(refusal.message(Locale.ITALY))
                .isEqualTo("logo.png pesa 3 KB: scegli un'immagine di al massimo 1 KB (è inclusa in ogni report).");
        assertThat(refusal.getMessage())
                .isEqualTo("logo.png is 3 KB: take an image of at most 1 KB (it is embedded in every report).");
    }

    private static void assertItalian(String sentence) {
        for (String word : ENGLISH) {
            assertThat(sentence).as("English '%s' in: %s", word, sentence)
                    .doesNotContainPattern("(?i)\\b" + word + "\\b");
        }
    }
}
