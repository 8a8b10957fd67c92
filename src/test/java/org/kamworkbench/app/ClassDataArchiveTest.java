package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {
    @TempDir
    Path home;

    @Test
    void theArchiveLiesInTheCacheNamedByModeAndKey() throws Exception {
        Path jar = Files.writeString(home.resolve("kam.jar"), "jar");
        ClassDataArchive cli = ClassDataArchive.forJar(FastStart.Mode.CLI, home, jar);
        ClassDataArchive desktop = ClassDataArchive.forJar(FastStart.Mode.DESKTOP, home, jar);

        assertThat(cli.path()).isEqualTo(home.resolve(".cache/kam-workbench/kam-cli-" + cli.key() + ".jsa"));
        assertThat(cli.key()).matches("[0-9a-f]{1,8}").isEqualTo(desktop.key());
        assertThat(desktop.path().getFileName()).hasToString("kam-desktop-" + cli.key() + ".jsa");
        assertThat(cli.isWritten()).isFalse();

        Files.writeString(jar, "another jar");
        assertThat(ClassDataArchive.forJar(FastStart.Mode.CLI, home, jar).key()).as("a rebuilt jar: another archive")
                .isNotEqualTo(cli.key());
    }

    @Test
    void theFirstRunWritesBesideTheArchiveUnderItsOwnName() {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.CLI, home.resolve("kam-cli-1a.jsa"), "1a");

        assertThat(archive.pending()).isEqualTo(home.resolve("kam-cli-1a.jsa." + ProcessHandle.current().pid() + ".tmp"));
        assertThat(ClassDataArchive.classList(home.resolve("a.tmp"))).isEqualTo(home.resolve("a.tmp.classlist"));
    }

    @Test
    void theWrittenArchiveReplacesThoseOfEarlierJarsOfTheSameMode() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.CLI, home.resolve("kam-cli-new.jsa"), "new");
        Path pending = Files.writeString(archive.pending(), "archive");
        Path older = Files.writeString(home.resolve("kam-cli-old.jsa"), "old");
        Path desktop = Files.writeString(home.resolve("kam-desktop-old.jsa"), "desktop");
        Path options = Files.writeString(home.resolve("kam-cli.args"), "options");

        archive.putInPlace(pending);

        assertThat(Files.readString(archive.path())).isEqualTo("archive");
        assertThat(archive.isWritten()).isTrue();
        assertThat(pending).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(desktop).as("the other mode's").exists();
        assertThat(options).exists();
    }

    @Test
    void withoutAPendingArchiveNothingMoves() throws Exception {
        ClassDataArchive archive = new ClassDataArchive(FastStart.Mode.CLI, home.resolve("kam-cli-new.jsa"), "new");
        Path older = Files.writeString(home.resolve("kam-cli-old.jsa"), "old");

        archive.putInPlace(archive.pending());

        assertThat(archive.isWritten()).isFalse();
        assertThat(older).exists();
    }

    @Test
    void aFailedStaticDumpLeavesNoArchiveAndNoClassList() throws Exception {
        Path pending = Files.writeString(home.resolve("kam-cli-1a.jsa.7.tmp"), "half written");
        Path list = Files.writeString(ClassDataArchive.classList(pending), "java/lang/Object\n");
        // a "java" that fails the dump
        ChildCommands failing = new ChildCommands(FastStart.Mode.CLI, "false", List.of(), home.resolve("kam-cli-1a.jsa"),
                Path.of("/opt/kam.jar"));

        ClassDataArchive.dumpStatic(pending, failing);

        assertThat(pending).as("calls then run without an archive, and try again").doesNotExist();
        assertThat(list).doesNotExist();
    }

    @Test
    void withoutAClassListThereIsNothingToDump() throws Exception {
        Path pending = home.resolve("kam-cli-1a.jsa.7.tmp");
        ChildCommands failing = new ChildCommands(FastStart.Mode.CLI, "false", List.of(), home.resolve("kam-cli-1a.jsa"),
                Path.of("/opt/kam.jar"));

        ClassDataArchive.dumpStatic(pending, failing);

        try (var files = Files.list(home)) {
            assertThat(files).isEmpty();
        }
    }
}
