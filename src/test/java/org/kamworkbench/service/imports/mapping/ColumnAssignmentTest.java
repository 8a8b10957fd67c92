package org.kamworkbench.service.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnAssignmentTest {
    @Test
    void aClaimTakesAnUndecidedColumnAndAFreeFieldOnly() {
        ColumnAssignment a = new ColumnAssignment(4);
        a.claim(0, "name");
        a.claim(1, "name"); // taken
        a.claim(0, "owner"); // decided
        a.ignore(2);
        a.claim(2, "country"); // ignored by the user
        a.claim(3, "country");
        assertThat(a.fields()).containsExactly("name", null, null, "country");
        assertThat(a.isDecided(1)).isFalse();
    }

    @Test
    void theUserMayAssignATakenFieldAndLearnsItWas() {
        ColumnAssignment a = new ColumnAssignment(2);
        assertThat(a.assign(0, "name")).isTrue();
        assertThat(a.assign(1, "name")).isFalse();
        assertThat(a.fields()).containsExactly("name", "name");
    }
}
