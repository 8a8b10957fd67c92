package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildCommandsTest {
    private static final List<String> TAIL = List.of("-Xshare:auto", "-XX:+UnlockDiagnosticVMOptions",
            "-XX:ArchiveRelocationMode=0", "-Xlog:disable", "-Xlog:all=error:stderr", "-XX:-PrintWarnings");

    @TempDir
    Path home;

    private Path archive() {
        return home.resolve(".cache").resolve("kam-workbench").resolve("kam-cli-1a2b.jsa");
    }

    private ChildCommands commands(FastStart.Mode mode, List<String> parentOptions) {
        return new ChildCommands(mode, "/jdk/bin/java", parentOptions, archive(), Path.of("/opt/kam.jar"));
    }

    @Test
    void aCallWithTheArchiveGetsTheQuickStartOptionsInTheirOrder() {
        List<String> options = List.of("-Duser.home=/home/a", "-Dkam.script=true");
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-Duser.home=/home/a", "-Dkam.script=true",
                "-XX:SharedArchiveFile=" + archive(), "-Xmn256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        expected.addAll(ChildCommands.hugePages(System.getProperty("os.name"), options));
        expected.addAll(List.of("-XX:Tier3InvocationThreshold=1000", "-XX:Tier3MinInvocationThreshold=500",
                "-XX:Tier3CompileThreshold=10000"));
        expected.addAll(TAIL);
        expected.addAll(List.of("-XX:-FlightRecorder", "-Dkam.child=true", "-jar", "/opt/kam.jar", "status", "--json"));

        assertThat(commands(FastStart.Mode.CLI, options).forCall(new String[] {"status", "--json"}, null))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theFirstCallListsItsClassesForAStaticArchiveAndMakesTheCacheFolder() {
        Path pending = archive().resolveSibling("kam-cli-1a2b.jsa.42.tmp");
        List<String> command = commands(FastStart.Mode.CLI, List.of()).forCall(new String[] {"status"}, pending);

        assertThat(command).contains("-XX:DumpLoadedClassList=" + pending + ".classlist",
                "-D" + FastStart.DUMPING_PROPERTY + "=true");
        assertThat(command).noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(Files.isDirectory(archive().getParent())).isTrue();
    }

    @Test
    void theDesktopAppWritesADynamicArchiveAndKeepsTheFullCompiler() {
        Path pending = archive().resolveSibling("kam-desktop-1a2b.jsa.42.tmp");
        List<String> command = commands(FastStart.Mode.DESKTOP, List.of()).forCall(new String[0], pending);

        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:ArchiveClassesAtExit=" + pending));
        expected.addAll(TAIL);
        expected.addAll(List.of("-XX:-FlightRecorder", "-Dkam.child=true", "-jar", "/opt/kam.jar"));
        assertThat(command).containsExactlyElementsOf(expected);
    }

    @Test
    void theUsersHeapSizeAndFlightRecordingWin() {
        List<String> command = commands(FastStart.Mode.CLI, List.of("-XX:MaxNewSize=64m", "-XX:StartFlightRecording"))
                .forCall(new String[0], null);

        assertThat(command).doesNotContain("-Xmn256m", "-XX:-FlightRecorder");
        assertThat(commands(FastStart.Mode.CLI, List.of("-Xmx512m")).forServer(Path.of("/s.sock"))).doesNotContain("-Xmn256m");
    }

    @Test
    void theBackgroundProcessUsesTheArchiveAndTheFullCompiler() {
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-Dx=1", "-XX:SharedArchiveFile=" + archive(),
                "-Xmn256m", "-XX:+UseSerialGC"));
        expected.addAll(TAIL);
        expected.addAll(List.of("-XX:-FlightRecorder", "-Dkam.child=true", "-D" + FastStart.SERVER_PROPERTY + "=/s.sock",
                "-jar", "/opt/kam.jar"));

        assertThat(commands(FastStart.Mode.CLI, List.of("-Dx=1")).forServer(Path.of("/s.sock")))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theStaticArchiveIsBuiltFromTheClassListWithTheJarOnTheClassPath() {
        assertThat(commands(FastStart.Mode.CLI, List.of()).forStaticArchive(Path.of("/c/list"), Path.of("/c/a.tmp")))
                .containsExactly("/jdk/bin/java", "-Xshare:dump", "-XX:SharedClassListFile=/c/list",
                        "-XX:SharedArchiveFile=/c/a.tmp", "-cp", "/opt/kam.jar");
    }

    @Test
    void aCallOnLinuxAsksForHugePagesUnlessTheUserSaidOtherwise() {
        assertThat(ChildCommands.hugePages("Linux", List.of("-Xmx512m"))).containsExactly("-XX:+UseTransparentHugePages");
        assertThat(ChildCommands.hugePages("Mac OS X", List.of())).as("not a Linux option: elsewhere the JVM would refuse it")
                .isEmpty();
        assertThat(ChildCommands.hugePages("Windows 11", List.of())).isEmpty();
        assertThat(ChildCommands.hugePages("Linux", List.of("-XX:-UseTransparentHugePages"))).isEmpty();
        assertThat(ChildCommands.hugePages("Linux", List.of("-XX:+UseLargePages"))).isEmpty();
    }
}
