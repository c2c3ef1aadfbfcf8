package org.veil.ui.explore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that holds actions until the test runs them, like {@code Platform.runLater}. */
final class Later implements Executor {

    private final Deque<Runnable> actions = new ArrayDeque<>();

    @Override
    public void execute(Runnable action) {
        actions.add(action);
    }

    void runAll() {
        while (!actions.isEmpty()) {
            actions.poll().run();
        }
    }
}
