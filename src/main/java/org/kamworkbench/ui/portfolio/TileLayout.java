package org.kamworkbench.ui.portfolio;

/**
 * The widths of the KPI tiles. The revenue tile is twice as wide (its amount is long): all in one row
 * of seven units when a unit gets 11 em (narrower, a tile breaks "unconcentrated" mid-word), else two
 * rows of four units. Tiles of a row share its width: always aligned.
 */
final class TileLayout {
    private TileLayout() {
    }

    /** The preferred width of each of {@code count} tiles in a pane {@code width} wide with {@code gap} between tiles. */
    static double[] widths(double width, double gap, double em, int count) {
        int units = (width - 5 * gap) / 7 >= 11 * em ? 7 : 4;
        int tilesPerRow = units == 7 ? 6 : 3;
        double unit = Math.floor((width - (tilesPerRow - 1) * gap) / units) - 1;
        double[] widths = new double[count];
        for (int i = 0; i < count; i++) {
            double w = i == 0 ? 2 * unit : unit;
            if (units == 4 && i >= 3) {
                w = Math.floor((width - 2 * gap) / 3) - 1;
            }
            widths[i] = w;
        }
        return widths;
    }
}
