package org.kamworkbench.ui.portfolio;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Revenue per group as horizontal bars, largest first, each with its dependence on few accounts
 * ("46 % from the top 3"). Plain labelled nodes, so they scale with presentation mode and export
 * as they look. Shows the {@link #MAX_GROUPS} largest groups; the table lists them all.
 */
public final class GroupBars extends GridPane {
    static final int MAX_GROUPS = 12;
    private final PortfolioFormats formats;

    public GroupBars(PortfolioFormats formats) {
        this.formats = formats;
        getStyleClass().add("group-bars");
        setHgap(12);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setHalignment(HPos.RIGHT);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(80);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(name, bar, value, new ColumnConstraints());
    }

    public void show(List<PortfolioRows.GroupRow> rows, String currency) {
        getChildren().clear();
        List<PortfolioRows.GroupRow> sorted = rows.stream()
                .sorted(Comparator.comparing(PortfolioRows.GroupRow::revenue).reversed()).limit(MAX_GROUPS).toList();
        double max = sorted.isEmpty() ? 1 : Math.max(1e-9, sorted.get(0).revenue().doubleValue());
        var texts = formats.texts();
        for (int i = 0; i < sorted.size(); i++) {
            PortfolioRows.GroupRow g = sorted.get(i);
            Label key = new Label(g.key());
            key.getStyleClass().add("group-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Region fill = new Region();
            fill.getStyleClass().add("group-bar");
            StackPane track = new StackPane(fill);
            track.getStyleClass().add("group-bar-track");
            track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            double fraction = Math.max(0, g.revenue().doubleValue() / max);
            fill.maxWidthProperty().bind(track.widthProperty().multiply(fraction));
            fill.setMinWidth(2);
            Label value = new Label(formats.money(g.revenue(), currency) + "  " + formats.percent(g.share()));
            value.getStyleClass().add("group-value");
            value.setMinWidth(Region.USE_PREF_SIZE);
            int top = Math.min(3, g.accounts());
            Label dependence = new Label(texts.format("portfolio.dependence", g.key(), formats.percent(g.top3Share()),
                    top, formats.percent(g.top1Share())));
            dependence.getStyleClass().add("group-dependence");
            dependence.setMinWidth(Region.USE_PREF_SIZE);
            if (g.top3Share() >= 0.5) {
                dependence.getStyleClass().add("high-dependence");
            }
            addRow(i, key, track, value, dependence);
        }
        if (rows.size() > sorted.size()) {
            Label more = new Label(texts.format("portfolio.breakdown.more", rows.size() - sorted.size()));
            more.getStyleClass().add("chart-status");
            add(more, 1, sorted.size(), 3, 1);
        }
    }
}
