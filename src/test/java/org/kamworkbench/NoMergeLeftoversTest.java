package org.kamworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A merge that left its conflict markers in the README or a source file is caught before it lands. */
class NoMergeLeftoversTest {
    private static final Pattern MARKER = Pattern.compile("^(<{7} |>{7} |={7}$)", Pattern.MULTILINE);

    @Test
    void noConflictMarkersInTheReadmeOrTheSources() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Stream.of(Path.of("README.md"), Path.of("pom.xml")),
                Files.walk(Path.of("src")).filter(Files::isRegularFile))) {
            files.filter(NoMergeLeftoversTest::isText).forEach(f -> {
                String text = read(f);
                if (MARKER.matcher(text).find()) {
                    found.add(f.toString());
                }
            });
        }
        assertThat(found).isEmpty();
    }

    private static boolean isText(Path f) {
        String name = f.getFileName().toString();
        return Stream.of(".java", ".md", ".xml", ".fxml", ".properties", ".sql", ".css", ".sh", ".json", ".html")
                .anyMatch(name::endsWith);
    }

    private static String read(Path f) {
        try {
            return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(f.toString(), e);
        }
    }
}
