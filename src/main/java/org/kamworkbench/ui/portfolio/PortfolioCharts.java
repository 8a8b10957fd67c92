package org.kamworkbench.ui.portfolio;

import javafx.collections.ListChangeListener;
import javafx.scene.input.MouseEvent;
import org.kamworkbench.service.portfolio.PortfolioAnalysis;
import org.kamworkbench.ui.common.ScreenContext;

/** The portfolio screen's two charts, each in its exportable card: the Pareto curve and the breakdown bars. */
final class PortfolioCharts {
    private final ChartCard paretoCard;
    private final ChartCard breakdownCard;

    /** A click on the curve selects that account; a double click runs {@code openSelected}. */
    PortfolioCharts(PortfolioFigures figures, PortfolioFormats f, ScreenContext context, Runnable openSelected) {
        ParetoChart paretoChart = new ParetoChart(f);
        paretoChart.setId("paretoChart");
        paretoChart.setOnRankClicked(figures::selectRank);
        // a double click on the curve opens the account the first click selected
        paretoChart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        paretoCard = new ChartCard(context.texts().get("portfolio.chart.title"), paretoChart, context);
        GroupBars groupBars = new GroupBars(f);
        groupBars.setId("groupBars");
        breakdownCard = new ChartCard(context.texts().get("portfolio.breakdown.chart"), groupBars, context);
        figures.analysisProperty().addListener((o, was, a) -> paretoChart.setCurve(a == null ? null : a.curve(),
                a == null ? null : a.reportingCurrency()));
        figures.groupRows().addListener((ListChangeListener<PortfolioRows.GroupRow>) c ->
                groupBars.show(figures.groupRows(), figures.reportingCurrency()));
    }

    ChartCard paretoCard() {
        return paretoCard;
    }

    ChartCard breakdownCard() {
        return breakdownCard;
    }
}
