package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportPreview;

/** The preview table's content: shown whole, rows before the header, and cleared whole. */
class PreviewViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theRowsAreThereWhenTheHeaderArrivesAndThePreviewComesLast() throws IOException {
        ImportPreview read = new FakeImportService().preview(Fixtures.fxRates(dir), ImportKind.FX,
                ImportOptions.defaults());
        PreviewViewModel preview = new PreviewViewModel();
        List<String> seen = new ArrayList<>();
        preview.header().addListener((ListChangeListener<String>) c -> seen.add(
                "header with " + preview.rows().size() + " rows, preview " + (preview.get() != null)));

        preview.show(read);
        assertThat(seen).containsExactly("header with 3 rows, preview false");
        assertThat(preview.header()).containsExactly("Year", "Currency", "Rate");
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.previewProperty().get()).isSameAs(read);

        preview.clear();
        assertThat(preview.previewProperty().get()).isNull();
        assertThat(preview.header()).isEmpty();
        assertThat(preview.rows()).isEmpty();
    }
}
