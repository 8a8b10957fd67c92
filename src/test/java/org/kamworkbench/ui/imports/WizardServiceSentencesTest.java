package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.imports.ImportInputException;
import org.kamworkbench.service.imports.ImportProblem;
import org.kamworkbench.service.message.Sentence;
import org.junit.jupiter.api.Test;

/** The import wizard shows the import service's refusals and problem reasons in its own language. */
class WizardServiceSentencesTest {
    @Test
    void aRefusalOfTheImportIsShownInTheWizardsLanguage() {
        ImportInputException empty = new ImportInputException("import.noRows", "clienti.csv");

        assertThat(WizardText.load(Locale.ITALY).sentence(empty))
                .isEqualTo("Il file clienti.csv ha un’intestazione ma nessuna riga di dati.");
        assertThat(WizardText.load(Locale.UK).sentence(empty)).isEqualTo("The file clienti.csv has a header but no data rows.");
        assertThat(WizardText.load(Locale.ITALY).sentence(new ImportCancelledException()))
                .isEqualTo("Importazione annullata; il workspace è invariato.");
    }

    @Test
    void aProblemReasonIsItalianInTheItalianWizard() {
        ImportProblem problem = ImportProblem.of(3, "Amount", "abc", Sentence.of("value.notAmount"));

        assertThat(problem.reason(WizardText.load(Locale.ITALY).locale())).isEqualTo("non è un importo");
        assertThat(problem.reason()).isEqualTo("is not an amount");
    }
}
