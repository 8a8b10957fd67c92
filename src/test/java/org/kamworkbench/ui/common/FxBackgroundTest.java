package org.kamworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kamworkbench.service.imports.ImportCancelledException;
import org.kamworkbench.service.imports.ImportInputException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The one background mechanism of the UI: the listener hears what really happened, on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class FxBackgroundTest {
    private final FxBackground background = new FxBackground();
    private final Recorder recorder = new Recorder();

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @Test
    void cancelReachesTheWorkThroughTheMonitorAndIsReportedOnceItStopped() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Background.Running work = background.<String>start("test", monitor -> {
            monitor.progress(0.25, "a quarter");
            running.countDown();
            while (!monitor.isCancelled()) {
                Thread.sleep(5);
            }
            throw new ImportCancelledException();
        }, recorder);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> recorder.events.contains("progress 0.25 a quarter"));

        work.cancel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> recorder.events.contains("cancelled"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorder.events).containsOnlyOnce("cancelled").noneMatch(e -> e.startsWith("succeeded"));
        assertThat(recorder.offFxThread).isFalse();
    }

    /** A service's progress note reaches the screen in the language the user reads now, which can change. */
    @Test
    void progressNotesAreWrittenInTheLanguageSpokenNow() throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.util.Locale> spoken =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Locale.ITALY);
        background.speak(spoken::get);
        background.<String>start("test", monitor -> {
            monitor.progress(0.5, org.kamworkbench.service.message.Sentence.of("progress.import.read", 1000));
            return "x";
        }, recorder);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !recorder.outcomes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorder.events).contains("progress 0.5 Lette 1.000 righe");

        spoken.set(java.util.Locale.UK);
        background.<String>start("test", monitor -> {
            monitor.progress(0.75, org.kamworkbench.service.message.Sentence.of("progress.import.writing"));
            return "y";
        }, recorder);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> recorder.events.contains("progress 0.75 Writing"));
    }

    @Test
    void workThatFinishedDespiteALateCancelIsReportedAsDone() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        Background.Running work = background.<String>start("test", monitor -> {
            started.countDown();
            assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
            return "committed"; // e.g. the import committed before it looked at the monitor
        }, recorder);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        work.cancel();
        cancelled.countDown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !recorder.outcomes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorder.outcomes()).containsExactly("succeeded committed");
    }

    @Test
    void cancelBeforeTheWorkStartedNeverRunsIt() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        FxTask<String> task = new FxTask<>(monitor -> {
            ran.set(true);
            return "x";
        }, recorder, java.util.Locale::getDefault);
        task.stop();
        task.run();

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).isFalse();
        assertThat(recorder.outcomes()).containsExactly("cancelled");
    }

    @Test
    void aRefusalArrivesAsTheServiceSentence() throws Exception {
        background.<String>start("test", monitor -> {
            throw new ImportInputException("The file is empty.");
        }, recorder);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !recorder.outcomes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorder.outcomes()).containsExactly("failed The file is empty.");
    }

    private static final class Recorder implements Background.Listener<String> {
        final List<String> events = new CopyOnWriteArrayList<>();
        volatile boolean offFxThread;

        private void record(String event) {
            offFxThread |= !Platform.isFxApplicationThread();
            events.add(event);
        }

        List<String> outcomes() {
            return events.stream().filter(e -> !e.startsWith("progress")).toList();
        }

        @Override
        public void progress(double fraction, String message) {
            record("progress " + fraction + " " + message);
        }

        @Override
        public void succeeded(String value) {
            record("succeeded " + value);
        }

        @Override
        public void cancelled() {
            record("cancelled");
        }

        @Override
        public void failed(Throwable error) {
            record("failed " + error.getMessage());
        }
    }
}
