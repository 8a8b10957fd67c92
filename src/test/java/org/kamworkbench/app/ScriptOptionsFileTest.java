package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptOptionsFileTest {
    @TempDir
    Path dir;

    @Test
    void theScriptsOptionsFileQuotesEveryOptionAndRunsTheCallDirectly() {
        assertThat(ScriptOptionsFile.text(List.of("-XX:SharedArchiveFile=/home/a b/.cache/kam.jsa",
                "-D" + FastStart.CHILD_PROPERTY + "=true", "-Dx=say \"hi\" C:\\", "-jar", "/opt/kam.jar")))
                .isEqualTo("\"-XX:SharedArchiveFile=/home/a b/.cache/kam.jsa\"\n"
                        + "\"-D" + FastStart.DIRECT_PROPERTY + "=true\"\n"
                        + "\"-Dx=say \\\"hi\\\" C:\\\\\"\n\"-jar\"\n\"/opt/kam.jar\"\n");
    }

    @Test
    void onlyACallWithTheScriptsOwnOptionsWritesTheOptionsFile() {
        assertThat(ScriptOptionsFile.launchedByTheScriptAlone(List.of("-Duser.home=/home/a", "-Dkam.script=true"))).isTrue();
        assertThat(ScriptOptionsFile.launchedByTheScriptAlone(List.of("-Xmx512m", "-Duser.home=/home/a", "-Dkam.script=true")))
                .as("KAM_JAVA_OPTIONS given").isFalse();
        assertThat(ScriptOptionsFile.launchedByTheScriptAlone(List.of())).as("a plain java -jar").isFalse();
    }

    @Test
    void theFileHoldsTheOptionsWithoutTheJavaCommandAndNoTemporaryIsLeft() throws Exception {
        Path jar = Files.writeString(dir.resolve("kam.jar"), "jar");
        ScriptOptionsFile.write(dir, List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/c/a.jsa", "-jar", jar.toString()), jar);

        assertThat(Files.readString(dir.resolve("kam-cli.args")))
                .isEqualTo("\"-XX:SharedArchiveFile=/c/a.jsa\"\n\"-jar\"\n\"" + jar + "\"\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("kam.jar", "kam-cli.args");
        }
    }

    @Test
    void theFileIsRewrittenOnlyWhenItsOptionsChangeOrTheJarIsNewer() throws Exception {
        Path jar = Files.writeString(dir.resolve("kam.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        List<String> command = List.of("java", "-Da=1", "-jar", jar.toString());
        ScriptOptionsFile.write(dir, command, jar);
        Path file = dir.resolve("kam-cli.args");
        FileTime written = FileTime.fromMillis(2_000_000);
        Files.setLastModifiedTime(file, written);

        ScriptOptionsFile.write(dir, command, jar);
        assertThat(Files.getLastModifiedTime(file)).as("the same options, newer than the jar: left alone").isEqualTo(written);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        ScriptOptionsFile.write(dir, command, jar);
        assertThat(Files.getLastModifiedTime(file)).as("a newer jar: written again, for the script to trust it")
                .isGreaterThan(FileTime.fromMillis(3_000_000));

        ScriptOptionsFile.write(dir, List.of("java", "-Da=2", "-jar", jar.toString()), jar);
        assertThat(Files.readString(file)).startsWith("\"-Da=2\"\n");
    }
}
