package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.api.Test;

class PlainSqlParserTest {
    private final PlainSqlParser parser = new PlainSqlParser();

    @Test
    void namedParametersBecomePlaceholders() {
        ParsedSql sql = parser.parse("SELECT * FROM t WHERE a = :first AND b = :second_2", null);
        assertThat(sql.getSql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ?");
        assertThat(sql.getParameters().getParameterNames()).containsExactly("first", "second_2");
    }

    @Test
    void positionalParametersAndQuotedTextStayAsTheyAre() {
        ParsedSql sql = parser.parse("SELECT 'a:b?', \"x:y\" FROM t WHERE c = ? AND d = ?", null);
        assertThat(sql.getSql()).isEqualTo("SELECT 'a:b?', \"x:y\" FROM t WHERE c = ? AND d = ?");
        assertThat(sql.getParameters().isPositional()).isTrue();
        assertThat(sql.getParameters().getParameterCount()).isEqualTo(2);
    }

    @Test
    void doubleColonCastsAreNotParameters() {
        ParsedSql sql = parser.parse("SELECT x::INT FROM t WHERE y = :y", null);
        assertThat(sql.getSql()).isEqualTo("SELECT x::INT FROM t WHERE y = ?");
        assertThat(sql.getParameters().getParameterNames()).containsExactly("y");
    }
}
