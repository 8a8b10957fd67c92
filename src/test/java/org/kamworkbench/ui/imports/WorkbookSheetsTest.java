package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookSheetsTest {
    @TempDir
    Path dir;

    @Test
    void listsTheSheetsOfAWorkbookInOrder() throws IOException {
        Path file = dir.resolve("crm.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            workbook.newWorksheet("Summary").value(0, 0, "x");
            workbook.newWorksheet("Accounts 2024").value(0, 0, "Account ID");
            workbook.newWorksheet("Città & Paesi").value(0, 0, "y");
            workbook.finish();
        }
        assertThat(WorkbookSheets.names(file)).containsExactly("Summary", "Accounts 2024", "Città & Paesi");
    }

    @Test
    void aCsvFileHasNoSheets() throws IOException {
        assertThat(WorkbookSheets.names(Fixtures.fxRates(dir))).isEmpty();
    }
}
