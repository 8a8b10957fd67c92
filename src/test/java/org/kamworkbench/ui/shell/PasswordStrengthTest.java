package org.kamworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strength hint of the New workspace dialog: length counts most, variety a little. */
class PasswordStrengthTest {
    @Test
    void hintsFollowLengthAndVariety() {
        assertThat(PasswordStrength.of("")).isEqualTo(PasswordStrength.EMPTY);
        assertThat(PasswordStrength.of("secret")).isEqualTo(PasswordStrength.WEAK);
        assertThat(PasswordStrength.of("abcdefgh")).isEqualTo(PasswordStrength.WEAK);      // 8, one kind
        assertThat(PasswordStrength.of("Abcdef1!")).isEqualTo(PasswordStrength.FAIR);      // 8, four kinds
        assertThat(PasswordStrength.of("abcdefghij")).isEqualTo(PasswordStrength.FAIR);    // 10
        assertThat(PasswordStrength.of("Abcdefghij1k")).isEqualTo(PasswordStrength.STRONG); // 12, three kinds
        assertThat(PasswordStrength.of("abcdefghijkl")).isEqualTo(PasswordStrength.FAIR);  // 12, one kind
        assertThat(PasswordStrength.of("correct horse battery")).isEqualTo(PasswordStrength.STRONG);
        assertThat(PasswordStrength.STRONG.key()).isEqualTo("password.strength.strong");
    }
}
