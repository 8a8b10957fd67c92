package org.kamworkbench.ui.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.KpiStatus;
import org.kamworkbench.service.kpi.KpiOverviewRow;
import org.kamworkbench.service.kpi.KpiPoint;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/**
 * The KPI portfolio view: every designated key account × its KPIs, with the latest status and the
 * trend over the chosen years, to see which accounts need attention; a key account without an active
 * plan or without KPIs has one row saying so; active plans of accounts not designated key are flagged.
 */
public final class KpiPortfolioViewModel {
    /**
     * One table row: the KPI's latest period with a status (else its latest actual), and its trend;
     * or a key account's gap (no active plan, no KPIs), with neither.
     */
    public record Row(KpiOverviewRow source, KpiPoint latest, KpiStatus status, long offTrackPeriods) {
        public String account() {
            return source.account().name();
        }

        public String kpi() {
            return source.series() == null ? "" : source.series().kpi().name();
        }

        /** How much the row asks for attention: a key account's gap, then off track, at risk, on track, none. */
        public int urgency() {
            if (source.gap()) {
                return 4;
            }
            return status == null ? 0 : switch (status) {
                case OFF_TRACK -> 3;
                case AT_RISK -> 2;
                case ON_TRACK -> 1;
            };
        }

        public boolean needsAttention() {
            return source.gap() || status == KpiStatus.OFF_TRACK || status == KpiStatus.AT_RISK;
        }
    }

    record Loaded(List<KpiOverviewRow> rows, BigDecimal tolerance) {
    }

    private final KpiService kpis;
    private final Texts texts;
    private final ServiceCalls work;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private boolean yearsFitted;
    private final StringProperty tolerance = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    /** The view model as of the plans' today (the view asks no service itself). */
    static KpiPortfolioViewModel create(KpiService kpis, org.kamworkbench.service.plan.PlanService plans,
                                        Background background, Texts texts) {
        return new KpiPortfolioViewModel(kpis, plans.today(), background, texts);
    }

    public KpiPortfolioViewModel(KpiService kpis, LocalDate today, Background background, Texts texts) {
        this.kpis = kpis;
        this.texts = texts;
        this.work = new ServiceCalls(background, texts);
        for (int y = today.getYear() - 10; y <= today.getYear() + 5; y++) {
            years.add(y);
        }
        fromYear.set(today.getYear() - 2);
        toYear.set(today.getYear());
        fromYear.addListener((o, was, now) -> refresh());
        toYear.addListener((o, was, now) -> refresh());
    }

    public LocalDate from() {
        return LocalDate.of(fromYear.get(), 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(Math.max(fromYear.get(), toYear.get()), 12, 31);
    }

    public void refresh() {
        // the first load looks at every year offered, so that the years shown can cover the plans' targets
        LocalDate f = yearsFitted ? from() : LocalDate.of(years.get(0), 1, 1);
        LocalDate t = yearsFitted ? to() : LocalDate.of(years.get(years.size() - 1), 12, 31);
        work.run("progress.kpis", m -> new Loaded(kpis.overview(f, t), kpis.atRiskPercent()), this::show);
    }

    /**
     * The years that cover every KPI value and target of {@code rows}, and the current year; from two
     * years back to this one when there is none.
     */
    static int[] coveringYears(List<KpiOverviewRow> rows, int currentYear) {
        int from = currentYear - 2;
        int to = currentYear;
        for (KpiOverviewRow r : rows) {
            if (r.series() == null) {
                continue;
            }
            for (KpiPoint p : r.series().points()) {
                if (p.target() != null || p.actual() != null) {
                    from = Math.min(from, p.period().start().getYear());
                    to = Math.max(to, p.period().end().getYear());
                }
            }
        }
        return new int[] {from, to};
    }

    void show(Loaded loaded) {
        if (!yearsFitted) {
            yearsFitted = true;
            int[] span = coveringYears(loaded.rows(), toYear.get());
            int from = Math.max(span[0], years.get(0));
            int to = Math.min(span[1], years.get(years.size() - 1));
            if (from != fromYear.get() || to != toYear.get()) {
                fromYear.set(from);
                toYear.set(to); // each reloads; the last load shows
                return;
            }
        }
        tolerance.set(texts.decimal(loaded.tolerance()));
        rows.setAll(loaded.rows().stream().map(KpiPortfolioViewModel::row).toList());
        long kpiRows = rows.stream().filter(r -> r.source().series() != null).count();
        countText.set(texts.format("kpiPortfolio.count", kpiRows, rows.stream().filter(Row::needsAttention).count()));
    }

    private static Row row(KpiOverviewRow r) {
        if (r.series() == null) {
            return new Row(r, null, null, 0);
        }
        KpiPoint latest = r.series().latestWithStatus();
        if (latest == null) {
            List<KpiPoint> points = r.series().points();
            for (int i = points.size() - 1; i >= 0 && latest == null; i--) {
                latest = points.get(i).actual() != null ? points.get(i) : null;
            }
        }
        long off = r.series().points().stream().filter(p -> p.status() == KpiStatus.OFF_TRACK).count();
        return new Row(r, latest, latest == null ? null : latest.status(), off);
    }

    /** Saves the at-risk tolerance (a percentage) and recomputes every status. */
    public void saveTolerance() {
        BigDecimal percent = texts.parseRate(tolerance.get());
        if (percent == null) {
            work.fail("plans.error.number", tolerance.get());
            return;
        }
        work.run("progress.kpis", m -> {
            kpis.setAtRiskPercent(percent);
            return percent;
        }, p -> refresh());
    }

    public ObservableList<Row> rows() { return rows; }
    public ObservableList<Integer> years() { return years; }
    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }
    public ObjectProperty<Integer> toYearProperty() { return toYear; }
    public StringProperty toleranceProperty() { return tolerance; }
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
