package org.kamworkbench.ui.imports;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.imports.ImportPreview;
import org.kamworkbench.service.port.TableFormat;

/**
 * How the file is read: the settings the service detected, shown as choices. A choice the user
 * changes becomes an override (sent in ImportOptions) and the preview is read again; settings the
 * user never touched stay null in the options, so the service keeps detecting them.
 */
public final class ReadSettingsViewModel {
    static final List<String> ENCODINGS = List.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16");
    static final List<String> DATE_PATTERNS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "dd.MM.yyyy");

    private final WizardText text;
    private final ReadOnlyBooleanWrapper spreadsheet = new ReadOnlyBooleanWrapper(this, "spreadsheet");
    private final ReadOnlyBooleanWrapper hasDates = new ReadOnlyBooleanWrapper(this, "hasDates");
    private final ReadOnlyStringWrapper recognisedPreset = new ReadOnlyStringWrapper(this, "recognisedPreset", "");
    private final ObjectProperty<String> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final ObjectProperty<CsvDelimiter> delimiter = new SimpleObjectProperty<>(this, "delimiter");
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ObjectProperty<DecimalSeparator> decimal = new SimpleObjectProperty<>(this, "decimal");
    private final ObjectProperty<String> datePattern = new SimpleObjectProperty<>(this, "datePattern");
    private final ObservableList<String> encodings = FXCollections.observableArrayList(ENCODINGS);
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObservableList<String> datePatterns = FXCollections.observableArrayList(DATE_PATTERNS);

    private String encodingOverride;
    private Character delimiterOverride;
    private String sheetOverride;
    private Character decimalOverride;
    private String datePatternOverride;
    /** True while the settings show a new preview: those changes are not the user's. */
    private boolean showing;
    private Runnable onUserChange = () -> { };

    ReadSettingsViewModel(WizardText text) {
        this.text = text;
        encoding.addListener((o, old, now) -> userChose(() -> encodingOverride = now, now));
        delimiter.addListener((o, old, now) -> userChose(() -> delimiterOverride = now.character(), now));
        sheet.addListener((o, old, now) -> userChose(() -> sheetOverride = now, now));
        decimal.addListener((o, old, now) -> userChose(() -> decimalOverride = now.character(), now));
        datePattern.addListener((o, old, now) -> userChose(() -> datePatternOverride = now, now));
    }

    /** Called after the user changed a setting (to read the preview again). */
    void onUserChange(Runnable action) {
        this.onUserChange = action;
    }

    private void userChose(Runnable record, Object value) {
        if (!showing && value != null) {
            record.run();
            onUserChange.run();
        }
    }

    /** Shows what the service detected (and the user's overrides, which it honoured). */
    void show(ImportPreview preview, List<String> sheetNames) {
        showing = true;
        try {
            TableFormat format = preview.format();
            boolean xlsx = format.kind() == TableFormat.Kind.XLSX;
            spreadsheet.set(xlsx);
            if (xlsx) {
                sheets.setAll(sheetNames.isEmpty() && format.sheet() != null ? List.of(format.sheet()) : sheetNames);
                sheet.set(format.sheet() != null ? format.sheet() : sheets.isEmpty() ? null : sheets.get(0));
            } else {
                sheets.clear();
                sheet.set(null);
                String charset = format.charset() == null ? null : format.charset().name();
                if (charset != null && !encodings.contains(charset)) {
                    encodings.add(charset);
                }
                encoding.set(charset);
                delimiter.set(CsvDelimiter.of(format.delimiter()));
            }
            decimal.set(DecimalSeparator.of(preview.decimal()));
            String pattern = preview.datePattern();
            if (pattern != null && !datePatterns.contains(pattern)) {
                datePatterns.add(pattern);
            }
            datePattern.set(pattern);
            hasDates.set(pattern != null);
            recognisedPreset.set(text.presetLabel(preview.preset()));
        } finally {
            showing = false;
        }
    }

    /** Forgets the file: a new file is detected afresh. */
    void reset() {
        showing = true;
        try {
            encodingOverride = null;
            delimiterOverride = null;
            sheetOverride = null;
            decimalOverride = null;
            datePatternOverride = null;
            encoding.set(null);
            delimiter.set(null);
            sheet.set(null);
            decimal.set(null);
            datePattern.set(null);
            sheets.clear();
            spreadsheet.set(false);
            hasDates.set(false);
            recognisedPreset.set("");
        } finally {
            showing = false;
        }
    }

    String encodingOverride() {
        return encodingOverride;
    }

    Character delimiterOverride() {
        return delimiterOverride;
    }

    String sheetOverride() {
        return sheetOverride;
    }

    Character decimalOverride() {
        return decimalOverride;
    }

    String datePatternOverride() {
        return datePatternOverride;
    }

    /** Whether the file is a workbook (then sheet applies, encoding and delimiter do not). */
    public ReadOnlyBooleanProperty spreadsheetProperty() {
        return spreadsheet.getReadOnlyProperty();
    }

    /** Whether the file has a date column (else the date format does not apply). */
    public ReadOnlyBooleanProperty hasDatesProperty() {
        return hasDates.getReadOnlyProperty();
    }

    /** The preset the service recognised, as the user reads it ("Salesforce"). */
    public ReadOnlyStringProperty recognisedPresetProperty() {
        return recognisedPreset.getReadOnlyProperty();
    }

    public ObjectProperty<String> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<CsvDelimiter> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObjectProperty<DecimalSeparator> decimalProperty() {
        return decimal;
    }

    public ObjectProperty<String> datePatternProperty() {
        return datePattern;
    }

    public ObservableList<String> encodings() {
        return encodings;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObservableList<String> datePatterns() {
        return datePatterns;
    }
}
