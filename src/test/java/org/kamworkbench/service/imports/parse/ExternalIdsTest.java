package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalIdsTest {
    @Test
    void aWholeNumberWithTrailingZeroDecimalsIsTheWholeNumber() {
        assertThat(ExternalIds.normalize("17850.0")).isEqualTo("17850");
        assertThat(ExternalIds.normalize(" 17850.00 ")).isEqualTo("17850");
        assertThat(ExternalIds.normalize("17850")).isEqualTo("17850");
    }

    @Test
    void anythingElseIsKeptAsWritten() {
        assertThat(ExternalIds.normalize("17850.5")).isEqualTo("17850.5");
        assertThat(ExternalIds.normalize("A-17850.0")).isEqualTo("A-17850.0");
        assertThat(ExternalIds.normalize("0015000000abcDE")).isEqualTo("0015000000abcDE");
        assertThat(ExternalIds.normalize(".0")).isEqualTo(".0");
        assertThat(ExternalIds.normalize("17850.")).isEqualTo("17850.");
        assertThat(ExternalIds.normalize(null)).isEmpty();
    }
}
