package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportReport;
import org.kamworkbench.service.imports.ImportWarning;
import org.kamworkbench.service.imports.MappedColumn;
import org.kamworkbench.service.message.Sentence;

class SummaryViewModelTest {
    private static final ImportReport REPORT = new ImportReport(ImportKind.ACCOUNTS, true, 8, 8, 8, 0, 0, 0,
            List.of()).withMapping("salesforce", List.of(new MappedColumn("Id", "externalId"),
            new MappedColumn("BillingCountry", "country")), List.of("AccountNumber", "Phone"),
            List.of(new ImportWarning("BillingCountry", "Unspecified", 2, Sentence.of("warning.notACountry", "Unassigned"))));

    @Test
    void theSummarySaysWhichPresetReadWhichColumnAndWhatWasNotRead() {
        SummaryViewModel summary = new SummaryViewModel(WizardText.load(Locale.ENGLISH));
        summary.show(REPORT, ImportKind.ACCOUNTS);
        assertThat(summary.mappingProperty().get()).isEqualTo("Read as Salesforce: Id → External ID, "
                + "BillingCountry → Country. Not read: AccountNumber, Phone.");
        assertThat(summary.warningsProperty().get())
                .startsWith("‘Unspecified’ in column ‘BillingCountry’ (2 rows) is not a country we know");
    }

    @Test
    void inItalian() {
        SummaryViewModel summary = new SummaryViewModel(WizardText.load(Locale.ITALIAN));
        summary.show(REPORT, ImportKind.ACCOUNTS);
        assertThat(summary.mappingProperty().get()).startsWith("Letto come Salesforce: Id → ")
                .endsWith("Non lette: AccountNumber, Phone.");
        assertThat(summary.warningsProperty().get()).startsWith("‘Unspecified’ nella colonna ‘BillingCountry’ (2 righe)");
    }
}
