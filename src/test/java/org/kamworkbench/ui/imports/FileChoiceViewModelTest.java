package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.io.DiskFiles;
import org.kamworkbench.service.imports.ImportKind;

/** The first step's choices without a toolkit: the typed path, its folder, its problems, the preset sent. */
class FileChoiceViewModelTest {
    @TempDir
    Path dir;

    private final FileChoiceViewModel choice = new FileChoiceViewModel(WizardText.load(Locale.ENGLISH), new DiskFiles());

    @Test
    void nextNeedsAKindAndAPath() {
        assertThat(choice.filled()).isFalse();
        choice.filePathProperty().set("   ");
        assertThat(choice.filled()).isFalse();
        choice.filePathProperty().set("a.csv");
        assertThat(choice.filled()).isTrue();
        choice.kindProperty().set(null);
        assertThat(choice.filled()).isFalse();
    }

    @Test
    void aPastedPathLosesItsQuotesAndBlanks() {
        choice.filePathProperty().set("  \"" + dir.resolve("a b.csv") + "\" ");
        assertThat(choice.file()).isEqualTo(dir.resolve("a b.csv"));
    }

    @Test
    void theProblemOfTheTypedFileIsASentence() throws IOException {
        choice.filePathProperty().set(dir.resolve("nope.csv").toString());
        assertThat(choice.problem()).contains("The file “" + dir.resolve("nope.csv") + "” does not exist.");
        choice.filePathProperty().set(dir.toString());
        assertThat(choice.problem()).hasValueSatisfying(p -> assertThat(p).contains("is a folder"));
        choice.filePathProperty().set(Fixtures.fxRates(dir).toString());
        assertThat(choice.problem()).isEmpty();
    }

    @Test
    void theFileChooserOpensInTheFolderOfTheTypedPathWhenThatFolderExists() {
        choice.filePathProperty().set(dir.resolve("not-yet.csv").toString());
        assertThat(choice.folderOfCurrentFile()).contains(dir);
        choice.filePathProperty().set(dir.resolve("missing").resolve("a.csv").toString());
        assertThat(choice.folderOfCurrentFile()).isEmpty();
        choice.filePathProperty().set("bad\0path");
        assertThat(choice.folderOfCurrentFile()).isEmpty();
    }

    @Test
    void thePresetIsSentForAccountsOnlyAndAutoLetsTheServiceRecogniseIt() {
        assertThat(choice.presetOption()).isNull();
        choice.presetProperty().set(AccountPreset.ZOHO);
        assertThat(choice.presetOption()).isEqualTo("zoho");
        choice.kindProperty().set(ImportKind.REVENUE);
        assertThat(choice.presetOption()).isNull();
    }

    @Test
    void everyChangeOfKindPathOrPresetIsReportedAndASameValueIsNot() {
        List<String> changes = new ArrayList<>();
        choice.onChange(() -> changes.add("changed"));
        choice.kindProperty().set(ImportKind.FX);
        choice.filePathProperty().set("a.csv");
        choice.presetProperty().set(AccountPreset.HUBSPOT);
        choice.filePathProperty().set("a.csv");
        assertThat(changes).hasSize(3);
    }
}
