package org.veil.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the newest computation's result arrives; older ones are cancelled or dropped. */
class LatestOnlyRunnerTest {

    private final List<Runnable> backgroundQueue = new ArrayList<>();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final LatestOnlyRunner<String> runner = new LatestOnlyRunner<>(backgroundQueue::add, uiQueue::add);
    private final List<String> shown = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();

    private void runAll(List<Runnable> queue) {
        List<Runnable> jobs = new ArrayList<>(queue);
        queue.clear();
        jobs.forEach(Runnable::run);
    }

    @Test
    void aResultThatArrivesAfterANewerSubmissionIsDropped() {
        runner.submit(cancel -> "old", shown::add, failures::add);
        runAll(backgroundQueue); // the old one finishes; its result waits for the UI thread
        runner.submit(cancel -> "new", shown::add, failures::add);
        runAll(backgroundQueue);
        runAll(uiQueue);

        assertEquals(List.of("new"), shown);
    }

    @Test
    void aNewerSubmissionCancelsTheRunningOne() {
        List<Boolean> cancelledSeen = new ArrayList<>();
        runner.submit(cancel -> {
            cancelledSeen.add(cancel.isCancelled());
            cancel.throwIfCancelled();
            return "old";
        }, shown::add, failures::add);
        runner.submit(cancel -> "new", shown::add, failures::add);
        runAll(backgroundQueue);
        runAll(uiQueue);

        assertEquals(List.of(true), cancelledSeen, "the old work saw it was cancelled");
        assertEquals(List.of("new"), shown);
        assertTrue(failures.isEmpty(), "cancelling is not a failure");
    }

    @Test
    void failuresOfTheNewestReachTheUi() {
        runner.submit(cancel -> {
            throw new IllegalStateException("broken");
        }, shown::add, failures::add);
        runAll(backgroundQueue);
        runAll(uiQueue);

        assertEquals("broken", failures.get(0).getMessage());
    }

    @Test
    void cancelDropsTheResult() {
        runner.submit(cancel -> "late", shown::add, failures::add);
        runAll(backgroundQueue);
        runner.cancel();
        runAll(uiQueue);

        assertTrue(shown.isEmpty());
    }
}
