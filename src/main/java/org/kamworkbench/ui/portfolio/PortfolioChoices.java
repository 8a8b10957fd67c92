package org.kamworkbench.ui.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.service.portfolio.AbcThresholds;
import org.kamworkbench.service.portfolio.AnalysisRequest;
import org.kamworkbench.service.portfolio.Dimension;
import org.kamworkbench.service.portfolio.PortfolioData;
import org.kamworkbench.ui.common.Texts;

/** The user's choices on the portfolio screen (period, range, ABC thresholds, dimension, roll-up) and the request they make. */
final class PortfolioChoices {
    private final Texts texts;
    private final ObservableList<PeriodOption> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodOption> period = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> rangeTo = new SimpleObjectProperty<>();
    private final ObservableList<AbcOption> abcOptions = FXCollections.observableArrayList();
    private final ObjectProperty<AbcOption> abc = new SimpleObjectProperty<>();
    private final StringProperty customAbc = new SimpleStringProperty("60,30,10");
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.REGION);
    private final BooleanProperty groupRollUp = new SimpleBooleanProperty(this, "groupRollUp", false);

    /** A change of a choice calls {@code recompute}; a change of the roll-up calls {@code reload}. */
    PortfolioChoices(Texts texts, Runnable recompute, Runnable reload) {
        this.texts = texts;
        for (AbcThresholds preset : AbcThresholds.PRESETS) {
            abcOptions.add(new AbcOption(preset));
        }
        abcOptions.add(AbcOption.CUSTOM);
        abc.set(abcOptions.get(0));
        period.addListener((o, was, now) -> recompute.run());
        rangeFrom.addListener((o, was, now) -> recomputeRange(recompute));
        rangeTo.addListener((o, was, now) -> recomputeRange(recompute));
        abc.addListener((o, was, now) -> recompute.run());
        customAbc.addListener((o, was, now) -> {
            if (abc.get() != null && abc.get().isCustom()) {
                recompute.run();
            }
        });
        dimension.addListener((o, was, now) -> recompute.run());
        groupRollUp.addListener((o, was, now) -> reload.run());
    }

    private void recomputeRange(Runnable recompute) {
        if (period.get() != null && period.get().kind() == PeriodOption.Kind.RANGE) {
            recompute.run();
        }
    }

    /** The periods of the loaded data (latest year first); keeps the chosen one if still there, else the latest complete year. */
    void fillPeriods(PortfolioData loaded) {
        List<PeriodOption> list = new ArrayList<>();
        PeriodOption preferred = PeriodOption.WHOLE_HISTORY;
        if (loaded.hasRevenue()) {
            YearMonth first = loaded.firstMonthWithRevenue();
            YearMonth last = loaded.lastMonthWithRevenue();
            for (int y = last.getYear(); y >= first.getYear(); y--) {
                list.add(PeriodOption.year(y));
            }
            preferred = PeriodOption.year(loaded.latestCompleteYear());
            if (rangeFrom.get() == null) {
                rangeFrom.set(LocalDate.of(last.getYear(), 1, 1));
                rangeTo.set(last.atEndOfMonth());
            }
        }
        list.add(PeriodOption.LAST_12_MONTHS);
        list.add(PeriodOption.WHOLE_HISTORY);
        list.add(PeriodOption.RANGE);
        PeriodOption keep = period.get();
        periods.setAll(list);
        period.set(keep != null && list.contains(keep) ? keep : preferred);
    }

    /** Whether a period is chosen (none before the first load). */
    boolean hasPeriod() {
        return period.get() != null;
    }

    /** The analysis the choices ask for; throws on a range without both dates or custom thresholds that do not parse. */
    AnalysisRequest request() {
        PeriodOption p = period.get();
        if (p.kind() == PeriodOption.Kind.RANGE && (rangeFrom.get() == null || rangeTo.get() == null)) {
            throw new IllegalArgumentException(texts.get("portfolio.error.range"));
        }
        AbcThresholds thresholds = abc.get() == null || abc.get().isCustom() ? AbcThresholds.parse(customAbc.get())
                : abc.get().preset();
        return new AnalysisRequest(p.spec(rangeFrom.get(), rangeTo.get()), dimension.get(), thresholds);
    }

    /** Whether accounts are rolled up to their groups (parent accounts): changing it reloads. */
    BooleanProperty groupRollUpProperty() {
        return groupRollUp;
    }

    ObservableList<PeriodOption> periods() {
        return periods;
    }

    ObjectProperty<PeriodOption> periodProperty() {
        return period;
    }

    ObjectProperty<LocalDate> rangeFromProperty() {
        return rangeFrom;
    }

    ObjectProperty<LocalDate> rangeToProperty() {
        return rangeTo;
    }

    ObservableList<AbcOption> abcOptions() {
        return abcOptions;
    }

    ObjectProperty<AbcOption> abcProperty() {
        return abc;
    }

    StringProperty customAbcProperty() {
        return customAbc;
    }

    ObjectProperty<Dimension> dimensionProperty() {
        return dimension;
    }
}
