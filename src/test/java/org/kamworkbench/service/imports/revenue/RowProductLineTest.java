package org.kamworkbench.service.imports.revenue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.ImportOptions;
import org.kamworkbench.service.imports.mapping.ColumnMapper;
import org.kamworkbench.service.imports.mapping.ColumnMapping;
import org.kamworkbench.service.imports.run.Cells;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.port.TableRow;

class RowProductLineTest {
    private final ColumnMapping mapping = ColumnMapper.map(ImportKind.REVENUE,
            List.of("account_id", "date", "amount", "product_line"), ImportOptions.defaults(), "EUR", true);
    private final Problems problems = new Problems();
    private final ProductLines lines = new ProductLines();
    private final RowProductLine rowProductLine = new RowProductLine(new Cells(mapping, problems), lines, 3);

    private static TableRow row(long line, String productLine) {
        return new TableRow(line, List.of("A1", "2024-01-01", "1", productLine));
    }

    @Test
    void aLineIsReadStrippedAndAnEmptyOneHasNoBit() {
        assertThat(rowProductLine.of(row(2, " Hardware "))).isEqualTo(1L);
        assertThat(rowProductLine.of(row(3, "Hardware"))).isEqualTo(1L);
        assertThat(rowProductLine.of(row(4, "Services"))).isEqualTo(2L);
        assertThat(rowProductLine.of(row(5, "  "))).isZero();
        assertThat(lines.names()).containsExactly("Hardware", "Services");
        assertThat(problems.count()).isZero();
    }

    @Test
    void aSixtyFifthLineIsAProblemNamingIt() {
        for (int i = 0; i < 64; i++) {
            lines.bit("Line " + i);
        }
        assertThat(rowProductLine.of(row(9, "Line 64"))).isZero();
        assertThat(problems.first()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.value()).isEqualTo("Line 64");
            assertThat(p.because().key()).isEqualTo("value.tooManyProducts");
        });
    }
}
