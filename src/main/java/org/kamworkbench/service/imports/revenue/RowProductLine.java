package org.kamworkbench.service.imports.revenue;

import org.kamworkbench.service.imports.parse.Text;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.port.TableRow;

/** The product line of a row read as text, as its bit in the file's {@link ProductLines}. */
final class RowProductLine {
    private final Cells cells;
    private final ProductLines productLines;
    private final int cProduct;
    /** Invoice lines come grouped: the same product line often repeats on the next row. */
    private String lastText = "";
    private long lastBit;

    RowProductLine(Cells cells, ProductLines productLines, int cProduct) {
        this.cells = cells;
        this.productLines = productLines;
        this.cProduct = cProduct;
    }

    /** The bit of the row's product line (0 without one); a 65th line is a problem of its cell. */
    long of(TableRow row) {
        String raw = cProduct < 0 ? "" : row.cell(cProduct);
        if (raw.equals(lastText)) {
            return lastBit;
        }
        String text = Text.strip(raw);
        if (text.isEmpty()) {
            return 0;
        }
        long bit = productLines.bit(text);
        if (bit == 0) {
            cells.refuse(row, cProduct, text, "value.tooManyProducts", String.valueOf(Long.SIZE + 1),
                    String.valueOf(Long.SIZE));
            return 0;
        }
        lastText = raw;
        lastBit = bit;
        return bit;
    }
}
