package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;

/** Reading a file for the preview: the service's preview, and for a workbook every sheet to choose from. */
class PreviewReadTest {
    @TempDir
    Path dir;

    private final FakeImportService service = new FakeImportService();

    @Test
    void aCsvFileHasNoSheets() throws IOException {
        PreviewRead read = PreviewRead.read(service, Fixtures.salesforceAccounts(dir), ImportKind.ACCOUNTS,
                ImportOptions.defaults());
        assertThat(read.preview().header()).startsWith("Account ID", "Account Name");
        assertThat(read.sheets()).isEmpty();
    }

    @Test
    void aWorkbookOffersAllItsSheetsWhileTheServiceReadsTheFirst() throws IOException {
        PreviewRead read = PreviewRead.read(service, Fixtures.accountsWorkbook(dir), ImportKind.ACCOUNTS,
                ImportOptions.defaults());
        assertThat(read.preview().header()).containsExactly("Exported from Salesforce");
        assertThat(read.sheets()).containsExactly("Notes", "Accounts");
    }

    @Test
    void theChosenSheetIsReadAndEverySheetIsStillOffered() throws IOException {
        PreviewRead read = PreviewRead.read(service, Fixtures.accountsWorkbook(dir), ImportKind.ACCOUNTS,
                new ImportOptions(null, Map.of(), null, null, null, null, "Accounts", false, null, false));
        assertThat(service.previewOptions).singleElement().extracting(ImportOptions::sheet).isEqualTo("Accounts");
        assertThat(read.preview().header()).containsExactly("Account ID", "Account Name", "Billing Country");
        assertThat(read.sheets()).containsExactly("Notes", "Accounts");
    }
}
