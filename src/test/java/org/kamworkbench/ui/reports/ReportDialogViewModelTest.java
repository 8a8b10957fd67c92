package org.kamworkbench.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.cli.ReportFixture;
import org.kamworkbench.domain.Account;
import org.kamworkbench.service.report.ReportAudience;
import org.kamworkbench.service.report.ReportFormat;
import org.kamworkbench.service.workspace.WorkspaceServices;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.FileOpener;
import org.kamworkbench.ui.common.Texts;

/** The report dialog's view model on a real workspace, without a toolkit. */
class ReportDialogViewModelTest {
    private final Texts texts = Texts.forLocale(Locale.ITALIAN);
    private final List<Path> opened = new ArrayList<>();
    private final FileOpener opener = opened::add;

    @TempDir
    Path home;

    @TempDir
    Path dir;

    @Test
    void writesThePlanReportInTheChosenLanguageAndOpensIt() throws Exception {
        Path workspace = ReportFixture.create(home, dir);
        try (WorkspaceServices ws = ReportFixture.wiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            Account alpha = ws.plans().accountByExternalId("A01").orElseThrow();
            ReportDialogViewModel model = ReportDialogViewModel.plan(ws, alpha.id(), Background.DIRECT, texts, opener);
            assertThat(model.languageProperty().get()).isEqualTo(Locale.ITALIAN);
            model.audienceProperty().set(ReportAudience.INTERNAL);
            model.formatProperty().set(ReportFormat.HTML);
            model.languageProperty().set(Locale.ENGLISH);
            assertThat(model.suggestedFileName()).isEqualTo("account-plan-internal.html");
            Path out = dir.resolve("plan.html");
            List<Path> done = new ArrayList<>();
            model.write(out, done::add);
            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(done).containsExactly(out);
            assertThat(opened).containsExactly(out);
            assertThat(model.messageProperty().get()).isEqualTo("Report scritto: plan.html");
            assertThat(Files.readString(out)).contains("Account plan: Alpha Industries Ltd (internal)", "Strengths");
        }
    }

    @Test
    void thePackNeedsAYearAndReportsWhatWentWrongAsASentence() throws Exception {
        Path workspace = ReportFixture.create(home, dir);
        try (WorkspaceServices ws = ReportFixture.wiring(home).open(org.kamworkbench.service.workspace.WorkspaceLocation.of(workspace))) {
            ReportDialogViewModel model = ReportDialogViewModel.portfolio(ws, Background.DIRECT, texts, opener);
            assertThat(model.ready()).isFalse();
            model.write(dir.resolve("pack.pdf"), p -> { });
            assertThat(model.errorProperty().get()).isEqualTo("Scegli l'anno della revisione.");
            model.loadYears();
            assertThat(model.years()).containsExactly(2023, 2024);
            assertThat(model.yearProperty().get()).isEqualTo(2024);
            assertThat(model.suggestedFileName()).isEqualTo("portfolio-review-2024.pdf");
            model.write(dir.resolve("missing-folder/pack.pdf"), p -> { });
            assertThat(model.errorProperty().get()).startsWith("Non è stato possibile scrivere il report: ");
            assertThat(opened).isEmpty();
            model.write(dir.resolve("pack.pdf"), p -> { });
            assertThat(model.errorProperty().get()).isEmpty();
            assertThat(opened).containsExactly(dir.resolve("pack.pdf"));
            assertThat(Files.size(dir.resolve("pack.pdf"))).isGreaterThan(10_000);
        }
    }
}
