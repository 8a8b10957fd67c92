package org.kamworkbench.ui.plans;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.kamworkbench.service.plan.PlanOverviewRow;
import org.kamworkbench.service.plan.PlanOverviewService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Texts;

/**
 * The plans overview of the Account plans screen: the service's rows (gaps first), optionally only
 * the key accounts without an active plan, and a sentence counting those gaps.
 */
public final class PlansOverviewViewModel {
    private final PlanOverviewService overview;
    private final Texts texts;
    private final ServiceCalls work;
    private final ObservableList<PlanOverviewRow> all = FXCollections.observableArrayList();
    private final FilteredList<PlanOverviewRow> shown = new FilteredList<>(all);
    private final BooleanProperty gapsOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public PlansOverviewViewModel(PlanOverviewService overview, Background background, Texts texts) {
        this.overview = overview;
        this.texts = texts;
        this.work = new ServiceCalls(background, texts);
        gapsOnly.addListener((o, was, now) -> shown.setPredicate(now ? PlanOverviewRow::gap : null));
    }

    public void refresh() {
        work.run("progress.plansOverview", m -> overview.rows(), this::show);
    }

    void show(List<PlanOverviewRow> rows) {
        all.setAll(rows);
        long gaps = rows.stream().filter(PlanOverviewRow::gap).count();
        long key = rows.stream().filter(PlanOverviewRow::designated).count();
        summary.set(key == 0 ? texts.get("plans.overview.noKey")
                : gaps == 0 ? texts.format("plans.overview.noGaps", texts.count(key))
                : texts.format("plans.overview.gaps", texts.count(gaps), texts.count(key)));
    }

    public ObservableList<PlanOverviewRow> rows() { return shown; }
    public BooleanProperty gapsOnlyProperty() { return gapsOnly; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
