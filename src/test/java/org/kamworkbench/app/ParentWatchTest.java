package org.kamworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Killing the launcher ({@code kill -9}) ends its child JVM too: no import commits behind the user's back. */
class ParentWatchTest {
    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theChildGoesWhenItsLauncherIsKilled() throws Exception {
        Process parent = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Parent.class.getName()).redirectErrorStream(true).start();
        ProcessHandle child;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream()));
            long pid = Long.parseLong(out.readLine().trim());
            child = ProcessHandle.of(pid).orElseThrow();
            assertThat(out.readLine()).isEqualTo("watching");
            assertThat(child.isAlive()).isTrue();
        } finally {
            parent.destroyForcibly(); // SIGKILL: the parent runs no hook of its own
        }
        parent.waitFor(10, TimeUnit.SECONDS);
        child.onExit().get(20, TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
    }

    /** Stands in for the launcher: starts a child JVM as FastStart does, tells its pid, waits. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    "-D" + FastStart.CHILD_PROPERTY + "=true", Child.class.getName())
                    .redirectErrorStream(true).start();
            System.out.println(child.pid());
            System.out.println(new BufferedReader(new InputStreamReader(child.getInputStream())).readLine());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    /** Stands in for the child: watches its parent as Launcher.main does, then works "forever". */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            FastStart.watchParentWhenChild();
            System.out.println("watching");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
