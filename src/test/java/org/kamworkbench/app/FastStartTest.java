package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FastStartTest {
    @Test
    void theParentsJvmOptionsGoToTheChildButNotItsArchiveFlags() {
        assertThat(FastStart.jvmOptionsBeforeJar(List.of("-Xmx512m", "-XX:SharedArchiveFile=/x.jsa", "-Dfoo=bar",
                "-jar", "kam.jar", "import", "revenue", "-jar")))
                .containsExactly("-Xmx512m", "-Dfoo=bar");
        assertThat(FastStart.jvmOptionsBeforeJar(List.of("-jar", "kam.jar", "status"))).isEmpty();
    }

    @Test
    void aLaunchWithoutMinusJarIsLeftAlone() {
        assertThat(FastStart.jvmOptionsBeforeJar(List.of("-cp", "classes", "org.kamworkbench.app.Launcher"))).isNull();
    }

    @Test
    void insideTheChildThereIsNoFurtherRelaunch() {
        System.setProperty(FastStart.CHILD_PROPERTY, "true");
        try {
            assertThat(FastStart.forThisProcess(FastStart.Mode.CLI, java.nio.file.Path.of("/tmp"))).isEmpty();
        } finally {
            System.clearProperty(FastStart.CHILD_PROPERTY);
        }
    }

    @Test
    void aCallOnLinuxAsksForHugePagesUnlessTheUserSaidOtherwise() {
        assertThat(FastStart.hugePages("Linux", List.of("-Xmx512m"))).containsExactly("-XX:+UseTransparentHugePages");
        assertThat(FastStart.hugePages("Mac OS X", List.of())).as("not a Linux option: elsewhere the JVM would refuse it")
                .isEmpty();
        assertThat(FastStart.hugePages("Windows 11", List.of())).isEmpty();
        assertThat(FastStart.hugePages("Linux", List.of("-XX:-UseTransparentHugePages"))).isEmpty();
        assertThat(FastStart.hugePages("Linux", List.of("-XX:+UseLargePages"))).isEmpty();
    }

    @Test
    void theScriptsOptionsFileQuotesEveryOptionAndRunsTheCallDirectly() {
        assertThat(FastStart.commandFile(List.of("-XX:SharedArchiveFile=/home/a b/.cache/kam.jsa",
                "-D" + FastStart.CHILD_PROPERTY + "=true", "-Dx=say \"hi\" C:\\", "-jar", "/opt/kam.jar")))
                .isEqualTo("\"-XX:SharedArchiveFile=/home/a b/.cache/kam.jsa\"\n"
                        + "\"-D" + FastStart.DIRECT_PROPERTY + "=true\"\n"
                        + "\"-Dx=say \\\"hi\\\" C:\\\\\"\n\"-jar\"\n\"/opt/kam.jar\"\n");
    }

    @Test
    void onlyACallWithTheScriptsOwnOptionsWritesTheOptionsFile() {
        assertThat(FastStart.launchedByTheScriptAlone(List.of("-Duser.home=/home/a", "-Dkam.script=true"))).isTrue();
        assertThat(FastStart.launchedByTheScriptAlone(List.of("-Xmx512m", "-Duser.home=/home/a", "-Dkam.script=true")))
                .as("KAM_JAVA_OPTIONS given").isFalse();
        assertThat(FastStart.launchedByTheScriptAlone(List.of())).as("a plain java -jar").isFalse();
    }

    @Test
    void aCallTheScriptStartedDirectlyIsNotRelaunched() {
        System.setProperty(FastStart.DIRECT_PROPERTY, "true");
        try {
            assertThat(FastStart.forThisProcess(FastStart.Mode.CLI, java.nio.file.Path.of("/tmp"))).isEmpty();
        } finally {
            System.clearProperty(FastStart.DIRECT_PROPERTY);
        }
    }

    @Test
    void theBackgroundProcessIsOptIn() {
        assertThat(FastStart.serverWanted(null)).as("unset: every call in its own process").isFalse();
        assertThat(FastStart.serverWanted("")).isFalse();
        assertThat(FastStart.serverWanted("off")).isFalse();
        assertThat(FastStart.serverWanted("yes")).as("only the documented value").isFalse();
        assertThat(FastStart.serverWanted("on")).isTrue();
        assertThat(FastStart.serverWanted("ON")).isTrue();
    }
}
