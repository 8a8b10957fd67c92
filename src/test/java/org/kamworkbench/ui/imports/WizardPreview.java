package org.kamworkbench.ui.imports;

import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.ui.common.FxBackground;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;

/**
 * Opens the wizard on the fake service and walks it through every step, taking a screenshot of
 * the X display at each one (ImageMagick's {@code import}). For looking at the wizard, not a test:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw -cp ... \
 *     org.kamworkbench.ui.imports.WizardPreview /tmp [en|it] [light|dark]
 * </pre>
 */
public final class WizardPreview {
    private static Path out;
    private static Stage stage;
    /** At the wizard's minimum size, as on a small projector. */
    private static boolean small;

    private WizardPreview() {
    }

    public static void main(String[] args) throws Exception {
        out = Path.of(args.length > 0 ? args[0] : "/tmp");
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.ENGLISH;
        boolean dark = args.length > 2 && args[2].equals("dark");
        small = args.length > 3 && args[3].equals("small");
        String prefix = "wiz-" + locale.getLanguage() + (dark ? "-dark" : "") + (small ? "-small" : "") + "-";
        Path dir = Files.createTempDirectory("wizard-preview");
        Path accounts = Fixtures.salesforceAccounts(dir);
        Path revenue = Fixtures.revenueLines(dir);
        FakeImportService service = new FakeImportService();
        WizardText text = WizardText.load(locale);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ImportWizardViewModel vm = fx(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            ImportWizardWindow window = ImportWizardWindow.create(service, text, new FxBackground(), new DiskFiles(), null,
                    ImportKind.ACCOUNTS);
            stage = window.stage();
            place(stage);
            return window.viewModel();
        });
        run(() -> vm.choice().filePathProperty().set(accounts.toString()));
        shot(prefix + "1-choose");
        run(vm::next);
        waitFor(() -> vm.preview().previewProperty().get() != null);
        shot(prefix + "2-preview");
        run(vm::next);
        run(() -> vm.mapping().map("Region Code", "region"));
        shot(prefix + "3-mapping");
        run(() -> vm.mapping().map("Account Name", MappingViewModel.IGNORE));
        shot(prefix + "3b-mapping-missing");
        run(() -> vm.mapping().map("Account Name", "name"));
        run(vm::next);
        waitFor(() -> vm.validation().reportProperty().get() != null);
        shot(prefix + "4-validation");
        run(() -> vm.validation().skipInvalidProperty().set(true));
        shot(prefix + "4b-validation-skip");
        service.waitForCancel = true;
        run(vm::next);
        waitFor(() -> vm.work().progressProperty().get() >= 0.5);
        shot(prefix + "5-import");
        run(vm::cancel);
        waitFor(() -> vm.messages().noticeProperty().get() != null);
        shot(prefix + "5b-cancelled");
        service.waitForCancel = false;
        run(vm::next);
        waitFor(() -> vm.stepProperty().get() == WizardStep.SUMMARY);
        shot(prefix + "6-summary");

        // Revenue into months that hold revenue: the refusal and the choice.
        ImportWizardViewModel revenueVm = fx(() -> {
            stage.close();
            ImportWizardWindow window = ImportWizardWindow.create(service, text, new FxBackground(), new DiskFiles(), null,
                    ImportKind.REVENUE);
            stage = window.stage();
            place(stage);
            return window.viewModel();
        });
        service.existingRevenue = true;
        run(() -> revenueVm.choice().filePathProperty().set(revenue.toString()));
        shot(prefix + "7-revenue-choose");
        run(revenueVm::next);
        waitFor(() -> revenueVm.preview().previewProperty().get() != null);
        shot(prefix + "7b-revenue-preview");
        run(revenueVm::next);
        shot(prefix + "7c-revenue-mapping");
        run(revenueVm::next);
        waitFor(() -> revenueVm.messages().errorProperty().get() != null);
        shot(prefix + "8-revenue-refused");
        run(() -> revenueVm.validation().revenueModeProperty().set(RevenueMode.REPLACE));
        waitFor(() -> revenueVm.validation().reportProperty().get() != null);
        shot(prefix + "8b-revenue-replace");

        // A workbook: the sheet choice instead of encoding and delimiter.
        Path workbook = Fixtures.accountsWorkbook(dir);
        ImportWizardViewModel xlsxVm = fx(() -> {
            stage.close();
            ImportWizardWindow window = ImportWizardWindow.create(service, text, new FxBackground(), new DiskFiles(), null,
                    ImportKind.ACCOUNTS);
            stage = window.stage();
            place(stage);
            return window.viewModel();
        });
        run(() -> xlsxVm.choice().filePathProperty().set(workbook.toString()));
        run(xlsxVm::next);
        waitFor(() -> xlsxVm.preview().previewProperty().get() != null);
        run(() -> xlsxVm.settings().sheetProperty().set("Accounts"));
        waitFor(() -> xlsxVm.preview().rows().size() == 2);
        shot(prefix + "9-xlsx-preview");
        Platform.exit();
        System.exit(0);
    }

    private static void place(Stage s) {
        s.setX(0);
        s.setY(0);
        if (small) {
            s.setWidth(s.getMinWidth());
            s.setHeight(s.getMinHeight());
        }
        s.show();
    }

    private static void shot(String name) throws Exception {
        Thread.sleep(700); // let layout, CSS and the focus settle
        int w = fx(() -> (int) stage.getWidth());
        int h = fx(() -> (int) stage.getHeight());
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", w + "x" + h + "+0+0", "+repage",
                file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
        System.out.println("wrote " + file);
    }

    private static void run(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (!fx(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(50);
        }
    }
}
