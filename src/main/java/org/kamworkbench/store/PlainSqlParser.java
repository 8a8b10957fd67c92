package org.kamworkbench.store;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds {@code :name} and {@code ?} parameters in our own SQL with a plain scan. Jdbi's default
 * parser is an ANTLR lexer whose first use costs about half a second of class loading and warm-up —
 * paid by every command-line call. Quoted text ('...', "...") is copied as it is.
 */
final class PlainSqlParser implements SqlParser {
    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql.Builder parsed = ParsedSql.builder();
        StringBuilder text = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() : end + 1;
                text.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                parsed.append(text.toString());
                text.setLength(0);
                parsed.appendNamedParameter(sql.substring(i + 1, end));
                i = end;
            } else if (c == '?') {
                parsed.append(text.toString());
                text.setLength(0);
                parsed.appendPositionalParameter();
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        return parsed.append(text.toString()).build();
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }
}
