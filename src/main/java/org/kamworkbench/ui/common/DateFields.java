package org.kamworkbench.ui.common;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date fields that show and read dates the one way the tables write them ({@link Texts#date}), ISO
 * accepted too; the prompt says the form. Text that is no date leaves the field's date as it was.
 */
public final class DateFields {
    private DateFields() {
    }

    public static void use(Texts texts, DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setConverter(new StringConverter<>() {
                @Override
                public String toString(LocalDate date) {
                    return texts.date(date);
                }

                @Override
                public LocalDate fromString(String text) {
                    if (text == null || text.isBlank()) {
                        return null;
                    }
                    LocalDate date = texts.parseDate(text);
                    return date != null ? date : picker.getValue();
                }
            });
            picker.setPromptText(texts.datePattern());
        }
    }
}
