package org.kamworkbench.io.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.kamworkbench.service.port.WorkspaceTables.Column;

/**
 * One value of an archive row as JSON and back, exactly: decimals keep their digits and scale,
 * dates and times are ISO text, binary is Base64.
 */
final class RowCodec {
    private RowCodec() {
    }

    @SuppressWarnings("unchecked")
    static void write(JsonGenerator out, Column column, Object value) throws IOException {
        out.writeFieldName(column.name());
        if (value == null) {
            out.writeNull();
            return;
        }
        switch (column.type()) {
            case TEXT, DATE, TIMESTAMP, TIMESTAMP_TZ -> out.writeString(value.toString());
            case INTEGER -> out.writeNumber(((Number) value).longValue());
            case DECIMAL -> out.writeNumber(((BigDecimal) value).toPlainString());
            case DOUBLE -> out.writeNumber((Double) value);
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case BINARY -> out.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            case TEXT_LIST -> {
                out.writeStartArray();
                for (String text : (List<String>) value) {
                    out.writeString(text);
                }
                out.writeEndArray();
            }
        }
    }

    /** The value the parser stands on, read as {@code column} holds it; null when it cannot be. */
    static Object read(JsonParser in, Column column) throws IOException {
        JsonToken token = in.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return switch (column.type()) {
                case TEXT -> token == JsonToken.VALUE_STRING ? in.getText() : invalid();
                case INTEGER -> token == JsonToken.VALUE_NUMBER_INT ? in.getLongValue() : invalid();
                case DECIMAL -> token.isNumeric() ? in.getDecimalValue() : invalid();
                case DOUBLE -> token.isNumeric() ? in.getDoubleValue() : invalid();
                case BOOLEAN -> token.isBoolean() ? in.getBooleanValue() : invalid();
                case DATE -> LocalDate.parse(text(in, token));
                case TIMESTAMP -> LocalDateTime.parse(text(in, token));
                case TIMESTAMP_TZ -> OffsetDateTime.parse(text(in, token));
                case BINARY -> Base64.getDecoder().decode(text(in, token));
                case TEXT_LIST -> list(in, token);
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return invalid();
        }
    }

    private static String text(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw new Invalid();
        }
        return in.getText();
    }

    private static List<String> list(JsonParser in, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            throw new Invalid();
        }
        List<String> texts = new ArrayList<>();
        while (in.nextToken() == JsonToken.VALUE_STRING) {
            texts.add(in.getText());
        }
        if (in.currentToken() != JsonToken.END_ARRAY) {
            throw new Invalid();
        }
        return texts;
    }

    private static Object invalid() {
        throw new Invalid();
    }

    /** A value of the wrong kind for its column: the reader names the entry and line. */
    static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }
}
