package org.kamworkbench.ui.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.kamworkbench.service.portfolio.ConcentrationBand;
import org.kamworkbench.service.portfolio.GroupImpact;
import org.kamworkbench.ui.common.Texts;
import org.kamworkbench.ui.common.TableColumns;

/** The columns of the breakdown, currency and scenario tables: every column sorts by its raw value. */
final class PortfolioTables {
    private PortfolioTables() {
    }

    static void groups(TableView<PortfolioRows.GroupRow> table, Texts texts, PortfolioFormats f,
                       PortfolioFigures figures) {
        table.setItems(figures.groupRows());
        Function<BigDecimal, String> money = figures::money;
        Function<Double, String> growth = v -> v == null ? texts.get("portfolio.na") : f.signedPercent(v);
        String noPrevious = texts.get("portfolio.growth.noPrevious");
        table.getColumns().setAll(List.of(
                TableColumns.text(texts.get("portfolio.col.group"), PortfolioRows.GroupRow::key, 150),
                Columns.number(texts.get("portfolio.col.revenue"), PortfolioRows.GroupRow::revenue, money, 150),
                Columns.number(texts.get("portfolio.col.share"), PortfolioRows.GroupRow::share, f::percent, 90),
                Columns.number(texts.get("portfolio.col.accounts"), PortfolioRows.GroupRow::accounts, (Integer n) -> f.count(n), 100),
                Columns.number(texts.get("portfolio.col.top20"), PortfolioRows.GroupRow::top20Share, f::percent, 110),
                Columns.number(texts.get("portfolio.col.hhi"), PortfolioRows.GroupRow::hhi, f::hhi, 80),
                Columns.number(texts.get("portfolio.col.band"), PortfolioRows.GroupRow::band, f::band, 140),
                Columns.number(texts.get("portfolio.col.top1"), PortfolioRows.GroupRow::top1Share, f::percent, 150),
                Columns.number(texts.get("portfolio.col.top3"), PortfolioRows.GroupRow::top3Share, f::percent, 110),
                Columns.number(texts.get("portfolio.col.growth"), PortfolioRows.GroupRow::growthNominal, growth,
                        noPrevious, 110),
                Columns.number(texts.get("portfolio.col.growthFx"), PortfolioRows.GroupRow::growthConstantFx, growth,
                        noPrevious, 130),
                Columns.number(texts.get("portfolio.col.growthReal"), PortfolioRows.GroupRow::growthReal, growth,
                        texts.get("portfolio.growth.noInflation"), 110)));
        table.setPlaceholder(new javafx.scene.control.Label(texts.get("portfolio.empty")));
    }

    static void currencies(TableView<PortfolioRows.CurrencyRow> table, Texts texts, PortfolioFormats f,
                           Function<BigDecimal, String> money) {
        Function<Double, String> growth = v -> v == null ? texts.get("portfolio.na") : f.signedPercent(v);
        Function<Double, String> points = v -> v == null ? texts.get("portfolio.na")
                : f.signedPoints(v);
        String noPrevious = texts.get("portfolio.growth.noPrevious");
        List<TableColumn<PortfolioRows.CurrencyRow, ?>> columns = List.of(
                TableColumns.text(texts.get("portfolio.col.currency"), PortfolioRows.CurrencyRow::currency, 100),
                Columns.number(texts.get("portfolio.col.original"), PortfolioRows.CurrencyRow::originalRevenue,
                        texts::amount, 170),
                Columns.number(texts.get("portfolio.col.revenue"), PortfolioRows.CurrencyRow::revenue,
                        money, 160),
                Columns.number(texts.get("portfolio.col.share"), PortfolioRows.CurrencyRow::share, f::percent, 90),
                Columns.number(texts.get("portfolio.col.growth"), PortfolioRows.CurrencyRow::growthNominal, growth,
                        noPrevious, 130),
                Columns.number(texts.get("portfolio.col.growthFx"), PortfolioRows.CurrencyRow::growthConstantFx,
                        growth, noPrevious, 140),
                Columns.number(texts.get("portfolio.col.fxEffect"), PortfolioRows.CurrencyRow::fxEffect, points,
                        noPrevious, 130),
                Columns.number(texts.get("portfolio.col.growthReal"), PortfolioRows.CurrencyRow::growthReal, growth,
                        texts.get("portfolio.growth.noInflation"), 110));
        table.getColumns().setAll(columns);
    }

    static void impacts(TableView<GroupImpact> table, Texts texts, PortfolioFormats f,
                        Function<BigDecimal, String> money) {
        table.getColumns().setAll(List.of(
                TableColumns.text(texts.get("portfolio.col.group"), GroupImpact::key, 150),
                Columns.number(texts.get("portfolio.col.revenueBefore"), GroupImpact::revenueBefore, money, 150),
                Columns.number(texts.get("portfolio.col.atRisk"), GroupImpact::revenueAtRisk, money, 150),
                Columns.number(texts.get("portfolio.col.atRiskShare"), GroupImpact::revenueAtRiskShare, f::percent,
                        110),
                Columns.number(texts.get("portfolio.col.hhiBefore"), GroupImpact::hhiBefore, f::hhi, 110),
                Columns.number(texts.get("portfolio.col.hhiAfter"), GroupImpact::hhiAfter, f::hhi, 110),
                TableColumns.text(texts.get("portfolio.col.band"), g -> bandChange(g, f), 240)));
        highlight(table, PortfolioTables::crosses);
        table.setPlaceholder(new javafx.scene.control.Label(texts.get("portfolio.scenario.none")));
    }

    static boolean crosses(GroupImpact g) {
        return g != null && g.crossesBand();
    }

    /** The group's band, or "before → after" when losing the picks changes it. */
    static String bandChange(GroupImpact g, PortfolioFormats f) {
        ConcentrationBand before = g.bandBefore();
        ConcentrationBand after = g.bandAfter();
        return before == after ? f.band(before) : f.band(before) + " \u2192 " + f.band(after);
    }

    /** Marks the rows {@code crossing} accepts with the "crossing-row" style. */
    static <S> void highlight(TableView<S> table, Predicate<S> crossing) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("crossing-row");
                if (!empty && crossing.test(item)) {
                    getStyleClass().add("crossing-row");
                }
            }
        });
    }
}
