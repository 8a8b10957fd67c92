package org.kamworkbench.ui.portfolio;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.ui.common.Texts;

/** What the portfolio screen shows of one analysis: tiles, tables, period text, notes and the account picked on the curve. */
final class PortfolioFigures {
    private final Texts texts;
    private final PortfolioFormats formats;
    private final ReadOnlyObjectWrapper<PortfolioAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PortfolioRows.Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.AbcRow> abcRows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.GroupRow> groupRows = FXCollections.observableArrayList();
    private final ObservableList<PortfolioRows.CurrencyRow> currencyRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PortfolioRows.AccountDetail> selected = new ReadOnlyObjectWrapper<>();

    PortfolioFigures(Texts texts, PortfolioFormats formats) {
        this.texts = texts;
        this.formats = formats;
    }

    void show(PortfolioAnalysis a) {
        analysis.set(a);
        tiles.setAll(PortfolioRows.tiles(a, formats));
        abcRows.setAll(PortfolioRows.abc(a.metrics()));
        groupRows.setAll(PortfolioRows.groups(a));
        currencyRows.setAll(PortfolioRows.currencies(a));
        periodText.set(texts.format("portfolio.periodText", texts.month(a.period().firstMonth()),
                texts.month(a.period().lastMonth()), texts.month(a.previousPeriod().firstMonth()),
                texts.month(a.previousPeriod().lastMonth())));
        notes.set(String.join("\n", a.notes(texts.locale())));
        selected.set(null);
    }

    /** Drops the shown analysis (the data was reloaded) and keeps the rest until the next one is shown. */
    void forgetAnalysis() {
        analysis.set(null);
    }

    /** Shows nothing: no figure is honest after a failure. */
    void clear() {
        analysis.set(null);
        tiles.clear();
        abcRows.clear();
        groupRows.clear();
        currencyRows.clear();
        selected.set(null);
        periodText.set("");
        notes.set("");
    }

    /** Shows the account at this rank of the Pareto curve in the details panel. */
    void selectRank(int rank) {
        PortfolioAnalysis a = analysis.get();
        if (a != null && rank >= 0 && rank < a.curve().size()) {
            selected.set(PortfolioRows.detail(a, rank));
        }
    }

    /** The details panel's text for an account picked on the curve, or the hint when none is. */
    String detailText(PortfolioRows.AccountDetail d) {
        if (d == null) {
            return texts.get("portfolio.detail.hint");
        }
        Account a = d.account();
        return texts.format("portfolio.detail.text", a.name(), a.externalId(), formats.count(d.rank() + 1),
                money(d.revenue()), formats.percent(d.share()), formats.percent(d.cumulativeShare()), d.abcClass(),
                orNone(a.region()), orNone(a.country()), orNone(a.owner()), formats.percent(d.growth().nominal()));
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? PortfolioFormats.NONE : s;
    }

    /** The shown analysis's reporting currency; empty when none is shown. */
    String reportingCurrency() {
        PortfolioAnalysis a = analysis.get();
        return a == null ? "" : a.reportingCurrency();
    }

    /** An amount in the reporting currency of the shown analysis. */
    String money(BigDecimal value) {
        return formats.money(value, reportingCurrency());
    }

    ReadOnlyObjectProperty<PortfolioAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    ObservableList<PortfolioRows.Tile> tiles() {
        return tiles;
    }

    ObservableList<PortfolioRows.AbcRow> abcRows() {
        return abcRows;
    }

    ObservableList<PortfolioRows.GroupRow> groupRows() {
        return groupRows;
    }

    ObservableList<PortfolioRows.CurrencyRow> currencyRows() {
        return currencyRows;
    }

    ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty notesProperty() {
        return notes.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<PortfolioRows.AccountDetail> selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}
