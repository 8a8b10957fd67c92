package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FirstLineTest {
    @Test
    void keepsOnlyTheFirstLineWithoutH2sStatementAndErrorCode() {
        SQLException e = new SQLException(
                "Table \"ACCOUNT\" not found; SQL statement:\nSELECT * FROM account [42102-224]");
        assertThat(FirstLine.of(e)).isEqualTo("Table \"ACCOUNT\" not found");
    }

    @Test
    void dropsTheErrorCodeAtTheEndOfALine() {
        assertThat(FirstLine.of(new SQLException("Database may be already in use: \"x\" [90020-224]\nmore")))
                .isEqualTo("Database may be already in use: \"x\"");
    }

    @Test
    void keepsABracketThatOpensTheMessage() {
        assertThat(FirstLine.of(new IllegalStateException(" [only] "))).isEqualTo("[only]");
    }

    @Test
    void namesTheErrorWhenItHasNoMessage() {
        assertThat(FirstLine.of(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
