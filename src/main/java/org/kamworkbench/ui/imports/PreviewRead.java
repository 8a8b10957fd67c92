package org.kamworkbench.ui.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.ImportPreview;
import org.kamworkbench.service.imports.ImportService;
import org.kamworkbench.service.port.TableFormat;

/** What reading a file for the preview brings back, read off the UI thread: the preview and a workbook's sheets. */
record PreviewRead(ImportPreview preview, List<String> sheets) {

    /** Slow (reads the file): run it in the background. */
    static PreviewRead read(ImportService service, Path file, ImportKind kind, ImportOptions options) {
        ImportPreview p = service.preview(file, kind, options);
        List<String> sheets = p.format().kind() == TableFormat.Kind.XLSX ? sheetsOf(file) : List.of();
        return new PreviewRead(p, sheets);
    }

    private static List<String> sheetsOf(Path file) {
        try {
            return WorkbookSheets.names(file);
        } catch (IOException e) {
            return List.of(); // the sheet the service read is still offered
        }
    }
}
