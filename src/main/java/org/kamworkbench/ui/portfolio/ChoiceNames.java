package org.kamworkbench.ui.portfolio;

import java.util.function.Function;
import javafx.util.StringConverter;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.ui.common.Texts;

/** How the period, ABC and dimension boxes name their choices. */
final class ChoiceNames {
    private final Texts texts;

    ChoiceNames(Texts texts) {
        this.texts = texts;
    }

    String period(PeriodOption p) {
        return switch (p.kind()) {
            case YEAR -> String.valueOf(p.year());
            case LAST_12_MONTHS -> texts.get("portfolio.period.last12");
            case WHOLE_HISTORY -> texts.get("portfolio.period.whole");
            case RANGE -> texts.get("portfolio.period.range");
        };
    }

    String abc(AbcOption o) {
        if (o.isCustom()) {
            return texts.get("portfolio.abc.custom");
        }
        return texts.format(o.preset().classCount() == 2 ? "portfolio.abc.two" : "portfolio.abc.three",
                o.preset().label());
    }

    String dimension(Dimension d) {
        return texts.get("portfolio.dimension." + d.key());
    }

    /** A box's converter showing {@code name} of each choice (and nothing for none); typed text is not read. */
    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
