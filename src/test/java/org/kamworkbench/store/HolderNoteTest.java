package org.kamworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kamworkbench.service.workspace.WorkspaceUnavailableException;

/**
 * "Busy" says by what: the desktop app or another command-line call only when a live process of that
 * kind noted itself as the holder; otherwise (no note, or a note of a process that is gone) another
 * window or process.
 */
class HolderNoteTest {
    @TempDir
    Path dir;

    @Test
    void theDesktopAppIsNamedWithItsPid() throws Exception {
        Path path = dir.resolve("desk");
        Process holder = hold(path, "DESKTOP_APP");
        try {
            assertThat(refusal(path)).contains("is open in the desktop app (pid " + holder.pid() + ")")
                    .contains("Close it there");
        } finally {
            release(holder);
        }
    }

    @Test
    void anotherCommandLineCallIsNamedWithItsPid() throws Exception {
        Path path = dir.resolve("cli");
        Process holder = hold(path, "COMMAND_LINE");
        try {
            assertThat(refusal(path)).contains("is in use by another command-line call (pid " + holder.pid() + ")")
                    .doesNotContain("desktop");
        } finally {
            release(holder);
        }
    }

    @Test
    void aNoteOfAProcessThatIsGoneIsNotBelieved() throws Exception {
        Path path = dir.resolve("stale");
        Process gone = new ProcessBuilder(javaCommand(), "-version").redirectErrorStream(true).start();
        gone.getInputStream().readAllBytes();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Process holder = hold(path); // holds the file, writes no note
        try {
            Path file = Workspace.databaseFile(path);
            Files.writeString(HolderNote.of(file), gone.pid() + " desktop_app\n");
            assertThat(refusal(path)).contains("is open in another window or process")
                    .doesNotContain("desktop app").doesNotContain("command-line");
        } finally {
            release(holder);
        }
    }

    @Test
    void theNoteIsWrittenForWritingSessionsOnlyAndRemovedAtClose() {
        Path path = dir.resolve("mine");
        Path note;
        try (Workspace ws = Workspace.open(path, null)) {
            ws.noteHolder(HolderNote.Kind.DESKTOP_APP);
            note = HolderNote.of(ws.file());
            assertThat(note).hasContent(ProcessHandle.current().pid() + " desktop_app");
            // this process is never "another" holder of its own workspace
            assertThat(HolderNote.liveHolder(ws.file())).isEmpty();
        }
        assertThat(note).doesNotExist();
        try (Workspace ws = Workspace.openForReading(path, null)) {
            ws.noteHolder(HolderNote.Kind.COMMAND_LINE);
            assertThat(HolderNote.of(ws.file())).doesNotExist(); // a read-only session writes nothing
        }
    }

    private static String refusal(Path path) {
        List<String> message = new ArrayList<>();
        assertThatThrownBy(() -> Workspace.open(path, null))
                .isInstanceOfSatisfying(WorkspaceUnavailableException.class, e -> {
                    assertThat(e.inUse()).isTrue();
                    message.add(e.getMessage());
                });
        return message.get(0);
    }

    private static Process hold(Path path, String... kind) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                HoldWorkspace.class.getName(), path.toString()));
        command.addAll(List.of(kind));
        Process holder = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()));
        assertThat(out.readLine()).isEqualTo("open");
        return holder;
    }

    private static void release(Process holder) throws Exception {
        holder.getOutputStream().close();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
