package org.kamworkbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.RevenueMode;
import org.kamworkbench.service.imports.ImportKind;

/** The wizard's bundles: Italian complete, every key the FXML and the code use present, patterns sound. */
class WizardBundleTest {
    private static final List<String> FXML = List.of("ImportWizardView", "ChooseFileStepView", "PreviewStepView",
            "MappingStepView", "ValidationStepView", "ImportProgressStepView", "SummaryStepView");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void italianHasEveryEnglishKeyAndNoOther() throws IOException {
        assertThat(load("wizard_it").stringPropertyNames()).isEqualTo(load("wizard").stringPropertyNames());
    }

    @Test
    void everyKeyTheFxmlUsesExists() throws IOException {
        Properties english = load("wizard");
        Set<String> used = new TreeSet<>();
        for (String view : FXML) {
            try (InputStream in = getClass().getResourceAsStream(view + ".fxml")) {
                Matcher m = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"")
                        .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyChoiceAndStepHasALabelInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            WizardText text = WizardText.load(locale);
            List<Enum<?>> labelled = new ArrayList<>();
            labelled.addAll(List.of(WizardStep.values()));
            labelled.addAll(List.of(ImportKind.values()));
            labelled.addAll(List.of(AccountPreset.values()));
            labelled.addAll(List.of(CsvDelimiter.values()));
            labelled.addAll(List.of(DecimalSeparator.values()));
            labelled.addAll(List.of(RevenueMode.values()));
            labelled.forEach(value -> assertThat(text.label(value)).isNotBlank());
            for (ImportKind kind : ImportKind.values()) {
                assertThat(text.get("summary.unit." + kind.name())).isNotBlank();
                assertThat(text.get("kind.hint." + kind.name())).isNotBlank();
            }
            FakeImportService.FIELDS.values().forEach(fields -> fields.forEach(
                    f -> assertThat(text.fieldLabel(f.key())).as(f.key()).isNotEqualTo(f.key())));
        }
    }

    @Test
    void patternsWithArgumentsDoubleTheirApostrophesAndFormatCompletely() throws IOException {
        for (String bundle : List.of("wizard", "wizard_it")) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String value = texts.getProperty(key);
                if (value.contains("{0")) {
                    assertThat(SINGLE_APOSTROPHE.matcher(value).find()).as(bundle + " " + key).isFalse();
                    String formatted = new java.text.MessageFormat(value, Locale.ENGLISH)
                            .format(new Object[] {3, 5, "x"});
                    assertThat(formatted).as(bundle + " " + key).doesNotContain("{").doesNotContain("''");
                } else {
                    assertThat(value).as(bundle + " " + key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void theItalianWizardSpeaksItalian() {
        WizardText text = WizardText.load(Locale.ITALIAN);
        assertThat(text.get("import.cancelled")).isEqualTo("Importazione annullata; l’area di lavoro è invariata.");
        assertThat(text.format("validation.allValid", 1234)).isEqualTo(
                "Tutte le 1.234 righe sono valide e pronte per l'importazione.");
    }

    private Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream(name + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
