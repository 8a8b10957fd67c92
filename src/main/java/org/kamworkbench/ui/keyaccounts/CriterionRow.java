package org.kamworkbench.ui.keyaccounts;

import java.math.BigDecimal;
import org.kamworkbench.ui.common.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kamworkbench.domain.Axis;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.CriterionSource;
import org.kamworkbench.domain.GrowthKind;

/**
 * One criterion as the editor shows it: every field a property. Thresholds are typed as text
 * ("10000; 50000; 200000") and anchors one per line; {@link #toCriterion()} reads them back.
 */
public final class CriterionRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Axis> axis = new SimpleObjectProperty<>(Axis.ATTRACTIVENESS);
    private final DoubleProperty weight = new SimpleDoubleProperty();
    private final ObjectProperty<Integer> scale = new SimpleObjectProperty<>(Criterion.DEFAULT_SCALE);
    private final ObjectProperty<CriterionSource> source = new SimpleObjectProperty<>(CriterionSource.MANUAL);
    private final StringProperty thresholds = new SimpleStringProperty("");
    private final BooleanProperty quantiles = new SimpleBooleanProperty();
    private final ObjectProperty<GrowthKind> growth = new SimpleObjectProperty<>(GrowthKind.NOMINAL);
    private final StringProperty anchors = new SimpleStringProperty("");

    public static CriterionRow of(Criterion c, Texts texts) {
        CriterionRow row = new CriterionRow();
        row.name.set(c.name());
        row.description.set(c.description());
        row.axis.set(c.axis());
        row.weight.set(c.weight());
        row.scale.set(c.scale());
        row.source.set(c.source());
        row.thresholds.set(String.join("; ", c.thresholds().stream().map(texts::decimal).toList()));
        row.quantiles.set(c.byQuantiles());
        row.growth.set(c.growthKind());
        row.anchors.set(String.join("\n", c.anchors()).strip());
        return row;
    }

    /**
     * The row as a criterion, thresholds read with the user's number conventions.
     *
     * @throws IllegalArgumentException with a sentence from the bundle when a threshold is not a number
     */
    public Criterion toCriterion(Texts texts) {
        List<BigDecimal> values = new ArrayList<>();
        for (String part : thresholds.get().split(";")) {
            if (!part.isBlank()) {
                BigDecimal value = texts.parseDecimal(part);
                if (value == null) {
                    throw new IllegalArgumentException(texts.format("keys.threshold.notNumber", name.get(),
                            part.strip(), texts.decimal(new BigDecimal("10000.5"))));
                }
                values.add(value);
            }
        }
        List<String> anchorTexts = new ArrayList<>(Arrays.asList(anchors.get().split("\\R", -1)));
        anchorTexts.replaceAll(String::strip);
        while (anchorTexts.size() < scale.get()) {
            anchorTexts.add("");
        }
        List<String> levelTexts = anchorTexts.size() > scale.get() ? anchorTexts.subList(0, scale.get()) : anchorTexts;
        CriterionSource s = source.get();
        return new Criterion(name.get().strip(), description.get(), axis.get(), weight.get(), scale.get(), levelTexts,
                s, s.manual() ? List.of() : values, !s.manual() && quantiles.get(), growth.get());
    }

    /** Everything a change of which re-scores. */
    public Observable[] observables() {
        return new Observable[]{name, axis, weight, scale, source, thresholds, quantiles, growth, anchors, description};
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Axis> axisProperty() {
        return axis;
    }

    public DoubleProperty weightProperty() {
        return weight;
    }

    public ObjectProperty<Integer> scaleProperty() {
        return scale;
    }

    public ObjectProperty<CriterionSource> sourceProperty() {
        return source;
    }

    public StringProperty thresholdsProperty() {
        return thresholds;
    }

    public BooleanProperty quantilesProperty() {
        return quantiles;
    }

    public ObjectProperty<GrowthKind> growthProperty() {
        return growth;
    }

    public StringProperty anchorsProperty() {
        return anchors;
    }
}
