package org.kamworkbench.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.fakes.Workbench;
import org.kamworkbench.service.port.ProgressMonitor;

/** Preview, progress and cancellation: what the wizard and the CLI see around the rows. */
class ImportFlowTest {
    private final Workbench wb = new Workbench();

    @Test
    void previewShowsFormatPresetMappingFieldsAndDetectedStyles() {
        List<String> lines = new ArrayList<>();
        lines.add("Kunde;Datum;Betrag;Produkt");
        for (int i = 1; i <= 30; i++) {
            lines.add("K" + i + ";" + (i % 28 + 1) + ".03.2024;1.234,5" + i % 10 + ";X");
        }
        Path file = wb.files.lines("rechnungen.csv", lines.toArray(String[]::new));
        ImportPreview p = wb.service.preview(file, ImportKind.REVENUE, ImportOptions.defaults());
        assertThat(p.kind()).isEqualTo(ImportKind.REVENUE);
        assertThat(p.format().delimiter()).isEqualTo(';');
        assertThat(p.preset()).isEqualTo("generic");
        assertThat(p.header()).containsExactly("Kunde", "Datum", "Betrag", "Produkt");
        assertThat(p.sampleRows()).hasSize(20);
        assertThat(p.sampleRows().get(0)).containsExactly("K1", "2.03.2024", "1.234,51", "X");
        assertThat(p.mapping()).containsEntry("Kunde", "account").containsEntry("Datum", "date")
                .containsEntry("Betrag", "amount").containsEntry("Produkt", "productLine");
        assertThat(p.fields()).contains(new FieldSpec("account", true), new FieldSpec("amount", true),
                new FieldSpec("currency", false));
        assertThat(p.decimal()).isEqualTo(',');
        assertThat(p.datePattern()).isEqualTo("dd.MM.yyyy");
    }

    @Test
    void previewRecognisesTheCrmAndPassesOverridesToTheReader() {
        Path file = wb.files.lines("hs.csv", "Record ID|Company name|Country/Region|Annual Revenue",
                "1|Acme|Germany|1000");
        ImportOptions o = new ImportOptions(null, Map.of("Annual Revenue", ""), '|', '.', null, "UTF-8", null,
                false, null, false);
        ImportPreview p = wb.service.preview(file, ImportKind.ACCOUNTS, o);
        assertThat(p.preset()).isEqualTo("hubspot");
        assertThat(p.mapping()).doesNotContainKey("Annual Revenue").containsEntry("Company name", "name");
        assertThat(p.datePattern()).isNull();
        assertThat(wb.files.lastOverrides.delimiter()).isEqualTo('|');
        assertThat(wb.files.lastOverrides.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> wb.service.preview(file, ImportKind.ACCOUNTS,
                new ImportOptions(null, null, null, null, null, "no-such-charset", null, false, null, false)))
                .isInstanceOf(ImportInputException.class).hasMessageContaining("not a character encoding");
    }

    @Test
    void anUnreadableFileIsAnInputError() {
        assertThatThrownBy(() -> wb.importFile(Path.of("/no/such/file.csv"), ImportKind.ACCOUNTS))
                .isInstanceOf(ImportInputException.class).hasMessage("Cannot read file.csv: no such file");
    }

    @Test
    void cancellingLeavesEveryRepositoryUntouched() {
        wb.accounts.add("A1", "Acme", "DE", "EUR");
        List<String> lines = new ArrayList<>();
        lines.add("account,date,amount");
        for (int i = 0; i < 20_000; i++) {
            lines.add("A1,2024-01-01,1");
        }
        Path file = wb.files.lines("big.csv", lines.toArray(String[]::new));
        List<Double> progress = new ArrayList<>();
        ProgressMonitor cancelAfterFirstReport = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                progress.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return progress.size() > 2;
            }
        };
        assertThatThrownBy(() -> wb.service.importFile(file, ImportKind.REVENUE,
                ImportOptions.defaults().withRevenueMode(RevenueMode.ADD), cancelAfterFirstReport))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(wb.revenue.writes).isZero();
        assertThat(wb.revenue.all()).isEmpty();
        assertThat(wb.accounts.saves).isEqualTo(1);
        assertThat(progress).allMatch(f -> f >= 0 && f <= 1);
        assertThat(progress.get(progress.size() - 1)).isBetween(0.0, 0.9);
        assertThat(wb.files.closed).isEqualTo(wb.files.opened);
    }

    @Test
    void progressRunsFromZeroToOne() {
        List<String> lines = new ArrayList<>();
        lines.add("id,name");
        for (int i = 0; i < 10_000; i++) {
            lines.add(i + ",N" + i);
        }
        List<Double> seen = new ArrayList<>();
        ProgressMonitor m = new ProgressMonitor() {
            @Override
            public void progress(double fraction, String message) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ImportReport r = wb.service.importFile(wb.files.lines("n.csv", lines.toArray(String[]::new)),
                ImportKind.ACCOUNTS, ImportOptions.defaults(), m);
        assertThat(r.added()).isEqualTo(10_000);
        assertThat(seen.get(0)).isZero();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen.stream().filter(f -> f > 0 && f < 1)).isNotEmpty();
    }
}
