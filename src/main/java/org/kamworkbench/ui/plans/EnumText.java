package org.kamworkbench.ui.plans;

import javafx.util.StringConverter;
import org.kamworkbench.ui.common.Texts;

/** The user's word for an enum constant: bundle key {@code enum.<Type>.<NAME>}. */
final class EnumText {
    private EnumText() {
    }

    static String of(Texts texts, Enum<?> value) {
        return value == null ? "" : texts.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A converter for combo boxes of a non-editable enum choice. */
    static <E extends Enum<E>> StringConverter<E> converter(Texts texts) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return of(texts, value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }
}
