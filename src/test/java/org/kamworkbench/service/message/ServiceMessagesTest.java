package org.kamworkbench.service.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServiceMessagesTest {

    @Test
    void aRefusalSpeaksEnglishByDefaultAndTheUsersLanguageOnRequest() {
        UserInputException e = new UserInputException("plan.objective.noDue");
        assertThat(e.getMessage()).isEqualTo("The objective needs a due date.");
        assertThat(e.message(Locale.ITALY)).isEqualTo("L’obiettivo ha bisogno di una scadenza.");
        assertThat(e.message(Locale.GERMANY)).as("no German: English").isEqualTo("The objective needs a due date.");
    }

    @Test
    void datesAreWrittenAsTheLanguageWritesThemAndIsoInEnglishMessages() {
        UserInputException e = new UserInputException("plan.objective.dueOutside", LocalDate.of(2030, 1, 31),
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(e.getMessage()).isEqualTo(
                "The objective's due date 2030-01-31 lies outside the plan (2026-01-01 to 2027-12-31).");
        assertThat(e.message(Locale.ITALY)).isEqualTo(
                "La scadenza dell’obiettivo, 31/01/2030, è fuori dal periodo del piano (da 01/01/2026 a 31/12/2027).");
    }

    @Test
    void choicesInsideASentenceFollowTheArgument() {
        assertThat(new UserInputException("kpi.wrongPeriod", "2026-13", 0, "Revenue").getMessage())
                .isEqualTo("'2026-13' is not a monthly period, which KPI 'Revenue' is measured in.");
        assertThat(new UserInputException("orgchart.circle", "Ann", "Bob", 1).message(Locale.ITALY))
                .isEqualTo("Ann non può riportare a Bob, che già riporta a Ann indirettamente: si creerebbe un cerchio.");
    }

    @Test
    void everySentenceHasItsItalianTranslation() throws IOException {
        Properties english = load("messages.properties");
        Properties italian = load("messages_it.properties");
        assertThat(english).isNotEmpty();
        assertThat(italian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ServiceMessages.class.getResourceAsStream("/org/kamworkbench/service/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
