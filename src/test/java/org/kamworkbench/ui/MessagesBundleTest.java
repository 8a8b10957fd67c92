package org.kamworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every English text has its Italian one, with the same placeholders, and each parses as a MessageFormat. */
class MessagesBundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/kamworkbench/ui/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndItalianHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        assertThat(new TreeSet<>(it.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(it.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : java.util.List.of("messages.properties", "messages_it.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            java.util.List<String> twice = new java.util.ArrayList<>();
            try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/kamworkbench/ui/" + name)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")
                            && !seen.add(trimmed.substring(0, trimmed.indexOf('=')).strip())) {
                        twice.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
                    }
                }
            }
            assertThat(twice).as("keys defined twice in " + name + " (the last one silently wins)").isEmpty();
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        if (!found.isEmpty()) {
            new MessageFormat(text); // throws on an unbalanced quote or brace
        }
        return found;
    }
}
