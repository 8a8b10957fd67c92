package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The child is a shell script standing in for java: it records its arguments and plays the JVM's part. */
class ChildRunTest {
    @TempDir
    Path home;

    private Path fakeJava(String body) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path java = home.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + home.resolve("args") + "\"\n" + body + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }

    private ChildRun childRun(FastStart.Mode mode, Path java, ClassDataArchive archive) {
        return new ChildRun(mode, new ChildCommands(mode, java.toString(), List.of(), archive.path(), Path.of("/opt/kam.jar")),
                archive);
    }

    @Test
    void theChildsExitCodeIsTheCallsAndAWrittenArchiveIsUsed() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.CLI, Files.writeString(home.resolve("kam-cli-1a.jsa"),
                "archive"), "1a");

        int exit = childRun(FastStart.Mode.CLI, fakeJava("exit 7"), archive).run(new String[] {"status", "--json"});

        assertThat(exit).isEqualTo(7);
        assertThat(Files.readAllLines(home.resolve("args"))).contains("-XX:SharedArchiveFile=" + archive.path())
                .endsWith("-jar", "/opt/kam.jar", "status", "--json");
    }

    @Test
    void theArchiveTheFirstChildWritesIsPutInPlace() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.DESKTOP, home.resolve("kam-desktop-1a.jsa"), "1a");
        Path older = Files.writeString(home.resolve("kam-desktop-0f.jsa"), "an earlier jar's");
        // writes the file named by -XX:ArchiveClassesAtExit=, as the JVM does at its exit
        Path java = fakeJava("for a; do case $a in -XX:ArchiveClassesAtExit=*) echo dumped > \"${a#*=}\";; esac; done");

        assertThat(childRun(FastStart.Mode.DESKTOP, java, archive).run(new String[0])).isZero();

        assertThat(Files.readString(archive.path())).isEqualTo("dumped\n");
        assertThat(older).doesNotExist();
    }

    @Test
    void aChildThatCannotStartIsAnError() {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.CLI, home.resolve("kam-cli-1a.jsa"), "1a");

        assertThatThrownBy(() -> childRun(FastStart.Mode.CLI, home.resolve("no-such-java"), archive).run(new String[0]))
                .isInstanceOf(IOException.class);
    }
}
