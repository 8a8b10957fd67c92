package org.kamworkbench.cli;

import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters that turn option values into what an import needs, with a sentence when they cannot. */
final class OptionConverters {
    private OptionConverters() {
    }

    /** A workspace: a file path, or a team workspace's server address (never read as a path). */
    static final class Location implements ITypeConverter<org.kamworkbench.service.workspace.WorkspaceLocation> {
        @Override
        public org.kamworkbench.service.workspace.WorkspaceLocation convert(String value) {
            try {
                return org.kamworkbench.service.workspace.WorkspaceLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One character, or its name: tab, semicolon, comma, pipe. */
    static final class Delimiter implements ITypeConverter<Character> {
        private static final Map<String, Character> NAMES = Map.of("tab", '\t', "\\t", '\t', "semicolon", ';',
                "comma", ',', "pipe", '|');

        @Override
        public Character convert(String value) {
            Character named = NAMES.get(value.toLowerCase(Locale.ROOT));
            if (named != null) {
                return named;
            }
            if (value.length() == 1 && value.charAt(0) != '"' && value.charAt(0) != '\n' && value.charAt(0) != '\r') {
                return value.charAt(0);
            }
            throw new TypeConversionException("'" + value + "' is not a delimiter: give one character, or tab, "
                    + "semicolon, comma or pipe");
        }
    }

    /** The decimal separator: '.' or ','. */
    static final class Decimal implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case ".", "point", "dot" -> '.';
                case ",", "comma" -> ',';
                default -> throw new TypeConversionException("'" + value + "' is not a decimal separator: give . or ,");
            };
        }
    }

    /** A charset the JVM knows, by any of its names. */
    static final class Encoding implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return Charset.forName(value).name();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a known encoding (try UTF-8 or windows-1252)");
            }
        }
    }

    /** A java.time pattern such as dd/MM/yyyy. */
    static final class DatePattern implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                DateTimeFormatter.ofPattern(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a date pattern (for example dd/MM/yyyy): "
                        + e.getMessage());
            }
        }
    }

    /** "HEADER=field": the last '=' separates them, so a header may itself contain one. */
    static final class Mapping implements ITypeConverter<ColumnMapping> {
        @Override
        public ColumnMapping convert(String value) {
            int eq = value.lastIndexOf('=');
            if (eq <= 0 || value.substring(0, eq).isBlank()) {
                throw new TypeConversionException("'" + value + "' is not a mapping: write \"HEADER=field\" "
                        + "(or \"HEADER=\" to ignore a column)");
            }
            return new ColumnMapping(value.substring(0, eq).trim(), value.substring(eq + 1).trim());
        }
    }

    /** The accounts presets. */
    static final class Preset implements ITypeConverter<String> {
        static final java.util.List<String> PRESETS = java.util.List.of("auto", "salesforce", "hubspot", "zoho",
                "generic");

        @Override
        public String convert(String value) {
            String preset = value.toLowerCase(Locale.ROOT);
            if (!PRESETS.contains(preset)) {
                throw new TypeConversionException("'" + value + "' is not a format: use one of "
                        + String.join(", ", PRESETS));
            }
            return preset;
        }
    }

    /** A source column and the field it fills. */
    record ColumnMapping(String header, String field) {
    }
}
