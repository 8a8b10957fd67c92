package org.kamworkbench.ui.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.ActionStatus;
import org.kamworkbench.domain.KpiDefinition;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiFrequency;
import org.kamworkbench.domain.KpiPeriod;
import org.kamworkbench.domain.KpiSource;
import org.kamworkbench.domain.PlanAction;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.kpi.KpiSeries;
import org.kamworkbench.service.kpi.KpiService;
import org.kamworkbench.service.plan.PlanDetails;
import org.kamworkbench.service.plan.PlanService;
import org.kamworkbench.ui.common.ServiceCalls;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.ReadVersions;
import org.kamworkbench.ui.common.Texts;

/**
 * One account's KPIs over a range of years: define KPIs, enter targets and manual actuals per
 * period, set the client's estimated spend (for share of wallet), and see each KPI's timeline with
 * the plan's milestones (objectives due, actions completed).
 */
public final class KpiTimelineViewModel {
    /** What one load brings. */
    record Loaded(List<KpiSeries> series, List<Milestone> milestones, Integer planStartYear, Integer planEndYear,
                  Versions versions) {
    }

    private final KpiService kpis;
    private final PlanService plans;
    private final Texts texts;
    private final long accountId;
    private final ServiceCalls work;

    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<KpiSeries> series = FXCollections.observableArrayList();
    private final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    private final ObservableList<KpiDefinition> definitions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final StringProperty kpiName = new SimpleStringProperty("");
    private final StringProperty kpiUnit = new SimpleStringProperty("");
    private final ObjectProperty<KpiDirection> kpiDirection = new SimpleObjectProperty<>(KpiDirection.HIGHER_IS_BETTER);
    private final ObjectProperty<KpiFrequency> kpiFrequency = new SimpleObjectProperty<>(KpiFrequency.QUARTERLY);
    private final ObjectProperty<KpiSource> kpiSource = new SimpleObjectProperty<>(KpiSource.MANUAL);
    private final StringProperty kpiBaseline = new SimpleStringProperty("");

    private final ObjectProperty<KpiDefinition> entryKpi = new SimpleObjectProperty<>();
    private final StringProperty entryPeriod = new SimpleStringProperty("");
    private final StringProperty entryTarget = new SimpleStringProperty("");
    private final StringProperty entryActual = new SimpleStringProperty("");
    private final StringProperty entryComment = new SimpleStringProperty("");

    private final StringProperty spendYear = new SimpleStringProperty("");
    private final StringProperty spendAmount = new SimpleStringProperty("");

    private boolean rangeChosen;
    /** The versions of the values shown: what an entry is based on. */
    private final ReadVersions versions = new ReadVersions();

    public KpiTimelineViewModel(KpiService kpis, PlanService plans, Background background, Texts texts,
                                long accountId) {
        this.kpis = kpis;
        this.plans = plans;
        this.texts = texts;
        this.accountId = accountId;
        this.work = new ServiceCalls(background, texts);
        int now = plans.today().getYear();
        for (int y = now - 10; y <= now + 5; y++) {
            years.add(y);
        }
        fromYear.set(now - 2);
        toYear.set(now);
        fromYear.addListener((o, was, v) -> rangeChanged());
        toYear.addListener((o, was, v) -> rangeChanged());
    }

    private void rangeChanged() {
        if (!showing) {
            rangeChosen = true;
            refresh();
        }
    }

    private boolean showing;

    public LocalDate from() {
        return LocalDate.of(fromYear.get(), 1, 1);
    }

    public LocalDate to() {
        return LocalDate.of(Math.max(fromYear.get(), toYear.get()), 12, 31);
    }

    /** Loads the KPIs over the chosen years (at first: the years of the account's current plan). */
    public void refresh() {
        boolean followPlan = !rangeChosen;
        LocalDate chosenFrom = from();
        LocalDate chosenTo = to();
        work.run("progress.kpis", m -> {
            // the values' versions before the values: one changed in between is refused on save, never overwritten
            Versions read = kpis.entryVersions(kpis.kpisOf(accountId).stream().map(KpiDefinition::id).toList());
            PlanDetails plan = plans.currentPlan(accountId).map(p -> plans.details(p.id())).orElse(null);
            LocalDate f = followPlan && plan != null ? LocalDate.of(plan.plan().start().getYear(), 1, 1) : chosenFrom;
            LocalDate t = followPlan && plan != null ? LocalDate.of(plan.plan().end().getYear(), 12, 31) : chosenTo;
            return new Loaded(kpis.seriesOf(accountId, f, t), milestones(plan),
                    plan == null ? null : f.getYear(), plan == null ? null : t.getYear(), read);
        }, this::show);
    }

    void show(Loaded loaded) {
        showing = true;
        try {
            if (!rangeChosen && loaded.planStartYear() != null) {
                addYears(loaded.planStartYear(), loaded.planEndYear());
                fromYear.set(loaded.planStartYear());
                toYear.set(loaded.planEndYear());
            }
        } finally {
            showing = false;
        }
        versions.loaded(loaded.versions());
        milestones.setAll(loaded.milestones());
        series.setAll(loaded.series());
        // replacing a combo box's items clears its choice: keep the KPI the user is entering values for
        Long chosen = entryKpi.get() == null ? null : entryKpi.get().id();
        definitions.setAll(loaded.series().stream().map(KpiSeries::kpi).toList());
        entryKpi.set(definitions.stream().filter(k -> chosen != null && k.id() == chosen).findFirst().orElse(null));
        List<String> all = new ArrayList<>();
        loaded.series().forEach(s -> s.notes().forEach(n -> {
            if (!all.contains(n)) {
                all.add(n);
            }
        }));
        notes.set(String.join("\n", all));
    }

    private void addYears(int first, int last) {
        for (int y = first; y <= last; y++) {
            if (!years.contains(y)) {
                years.add(y);
            }
        }
        FXCollections.sort(years);
    }

    private List<Milestone> milestones(PlanDetails plan) {
        List<Milestone> list = new ArrayList<>();
        if (plan == null) {
            return list;
        }
        plan.objectives().forEach(o -> list.add(new Milestone(o.due(), o.title(), Milestone.Kind.OBJECTIVE)));
        for (PlanAction a : plan.actions()) {
            if (a.status() == ActionStatus.DONE && a.completedOn() != null) {
                list.add(new Milestone(a.completedOn(), "✓ " + a.what(), Milestone.Kind.ACTION));
            }
        }
        list.sort(java.util.Comparator.comparing(Milestone::date));
        return list;
    }

    public void addKpi() {
        BigDecimal baseline = number(kpiBaseline.get());
        if (baseline == null && !kpiBaseline.get().isBlank()) {
            return;
        }
        KpiDefinition kpi = new KpiDefinition(0, accountId, kpiName.get(), kpiUnit.get(), kpiDirection.get(),
                kpiFrequency.get(), baseline, kpiSource.get());
        work.run("progress.kpis", m -> kpis.saveKpi(kpi), saved -> {
            kpiName.set("");
            kpiUnit.set("");
            kpiBaseline.set("");
            entryKpi.set(saved);
            message.set(texts.format("kpis.added", saved.name()));
            refresh();
        });
    }

    /**
     * Saves the target and (manual KPIs) actual of one period; empty fields clear them. The save is based on the
     * value as loaded: when someone else changed it since, it is refused with who and when, and the typed values
     * stay in the form for a second try after a reload (F5).
     */
    public void saveEntry() {
        KpiDefinition kpi = entryKpi.get();
        if (kpi == null) {
            work.fail("kpis.error.chooseKpi");
            return;
        }
        KpiPeriod period = KpiPeriod.parse(entryPeriod.get());
        if (period == null) {
            work.fail("kpis.error.period", entryPeriod.get());
            return;
        }
        BigDecimal target = number(entryTarget.get());
        BigDecimal actual = number(entryActual.get());
        if ((target == null && !entryTarget.get().isBlank()) || (actual == null && !entryActual.get().isBlank())) {
            return;
        }
        String comment = entryComment.get();
        VersionKey key = VersionKey.kpiValue(kpi.id(), period);
        work.run("progress.kpis", m -> {
            long basedOn = versions.of(key); // after the saves queued before this one
            kpis.setEntry(kpi.id(), period, target, actual, comment, basedOn);
            versions.saved(key, basedOn);
            return period;
        }, saved -> {
            entryActual.set("");
            entryComment.set("");
            entryPeriod.set(saved.next().toString());
            message.set(texts.format("kpis.saved", kpi.name(), saved.toString()));
            refresh();
        });
    }

    public void saveSpend() {
        Integer year;
        try {
            year = Integer.valueOf(spendYear.get().strip());
        } catch (NumberFormatException e) {
            work.fail("kpis.error.year", spendYear.get());
            return;
        }
        BigDecimal amount = spendAmount.get().isBlank() ? null : number(spendAmount.get());
        if (amount == null && !spendAmount.get().isBlank()) {
            return;
        }
        work.run("progress.kpis", m -> {
            kpis.setClientSpend(accountId, year, amount);
            return year;
        }, y -> {
            spendAmount.set("");
            message.set(texts.format("kpis.spendSaved", String.valueOf(y)));
            refresh();
        });
    }

    private BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal n = texts.parseDecimal(text);
        if (n == null) {
            work.fail("plans.error.number", text);
        }
        return n;
    }

    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }
    public ObjectProperty<Integer> toYearProperty() { return toYear; }
    public ObservableList<Integer> years() { return years; }
    public ObservableList<KpiSeries> series() { return series; }
    public ObservableList<Milestone> milestones() { return milestones; }
    public ObservableList<KpiDefinition> definitions() { return definitions; }
    public ReadOnlyStringProperty notesProperty() { return notes.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public StringProperty kpiNameProperty() { return kpiName; }
    public StringProperty kpiUnitProperty() { return kpiUnit; }
    public ObjectProperty<KpiDirection> kpiDirectionProperty() { return kpiDirection; }
    public ObjectProperty<KpiFrequency> kpiFrequencyProperty() { return kpiFrequency; }
    public ObjectProperty<KpiSource> kpiSourceProperty() { return kpiSource; }
    public StringProperty kpiBaselineProperty() { return kpiBaseline; }
    public ObjectProperty<KpiDefinition> entryKpiProperty() { return entryKpi; }
    public StringProperty entryPeriodProperty() { return entryPeriod; }
    public StringProperty entryTargetProperty() { return entryTarget; }
    public StringProperty entryActualProperty() { return entryActual; }
    public StringProperty entryCommentProperty() { return entryComment; }
    public StringProperty spendYearProperty() { return spendYear; }
    public StringProperty spendAmountProperty() { return spendAmount; }
    public ReadOnlyBooleanProperty busyProperty() { return work.busy().getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return work.error().getReadOnlyProperty(); }
}
