package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kamworkbench.service.imports.run.Problems;
import org.kamworkbench.service.kpi.KpiImportReport;

class ProblemListTest {
    @Test
    void aReportKnowsWhenItsListIsCut() {
        Problems problems = new Problems();
        for (int i = 0; i < ImportReport.MAX_PROBLEMS + 7; i++) {
            problems.add(i + 2, "rate", "x" + i, "is not a number");
        }
        ImportReport cut = new ImportReport(ImportKind.FX, false, 107, 0, 0, 0, 0, problems.count(), problems.first());
        assertThat(cut.isProblemsTruncated()).isTrue();
        assertThat(cut.problemsNotListed()).isEqualTo(7);

        ImportReport whole = new ImportReport(ImportKind.FX, true, 1, 1, 1, 0, 0, 1,
                List.of(new ImportProblem(2, "rate", "x", "is not a number")));
        assertThat(whole.isProblemsTruncated()).isFalse();
        assertThat(new KpiImportReport(true, 3, 0, 3, 0, 0, 0, List.of()).isProblemsTruncated()).isFalse();
    }
}
