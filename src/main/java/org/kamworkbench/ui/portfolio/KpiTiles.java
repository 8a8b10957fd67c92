package org.kamworkbench.ui.portfolio;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kamworkbench.ui.common.Texts;

/** The KPI tiles of the portfolio screen: a card per figure, sized by {@link TileLayout}, opening the accounts behind it. */
final class KpiTiles {
    private final FlowPane pane;
    private final Label emSource;
    private final Texts texts;
    private final Function<String, AccountLists.AccountList> accountsOfTile;
    private final AccountListOpener opener;

    /** {@code emSource}'s font size is the em the tiles are sized by. */
    KpiTiles(FlowPane pane, Label emSource, Texts texts, Function<String, AccountLists.AccountList> accountsOfTile,
             AccountListOpener opener) {
        this.pane = pane;
        this.emSource = emSource;
        this.texts = texts;
        this.accountsOfTile = accountsOfTile;
        this.opener = opener;
        pane.widthProperty().addListener((o, was, now) -> size());
    }

    void show(List<PortfolioRows.Tile> tiles) {
        pane.getChildren().clear();
        for (PortfolioRows.Tile t : tiles) {
            pane.getChildren().add(tile(t));
        }
        size();
    }

    void clear() {
        pane.getChildren().clear();
    }

    private VBox tile(PortfolioRows.Tile t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("tile-title");
        title.setWrapText(true);
        Label value = new Label(t.value());
        value.getStyleClass().add("tile-value");
        value.setId("tile-" + t.id());
        Label change = new Label(t.change());
        change.setId("tile-" + t.id() + "-change");
        change.getStyleClass().addAll("tile-change", t.tone() > 0 ? "good" : t.tone() < 0 ? "bad" : "flat");
        change.setWrapText(true); // "— nessun periodo precedente" in a narrow tile
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("tile-detail");
        detail.setWrapText(true);
        VBox tile = new VBox(4, title, value, change, detail);
        tile.getStyleClass().add("kpi-tile");
        if (accountsOfTile.apply(t.id()) != null) {
            Tooltip.install(tile, new Tooltip(texts.get("accountList.open")));
            tile.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    opener.open(accountsOfTile.apply(t.id()));
                }
            });
        }
        return tile;
    }

    private void size() {
        double[] widths = TileLayout.widths(pane.getWidth(), pane.getHgap(), emSource.getFont().getSize(),
                pane.getChildren().size());
        for (int i = 0; i < widths.length; i++) {
            ((VBox) pane.getChildren().get(i)).setPrefWidth(widths[i]);
        }
    }
}
