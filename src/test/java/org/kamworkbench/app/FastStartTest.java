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
