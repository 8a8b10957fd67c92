package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsLanguageTest {
    /** English chosen on an Italian system speaks English: the JVM's own language is never a fallback. */
    @Test
    void englishOnAnItalianSystemIsEnglish() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALY);
            assertThat(Texts.forLocale(Language.ENGLISH.locale(Locale.ITALY)).get("screen.accounts"))
                    .isEqualTo("Accounts");
            assertThat(Texts.forLocale(Locale.GERMANY).get("screen.accounts")).as("a language without texts")
                    .isEqualTo("Accounts");
            assertThat(Texts.forLocale(Locale.ITALY).get("screen.accounts")).isEqualTo("Clienti");
        } finally {
            Locale.setDefault(system);
        }
    }
}
