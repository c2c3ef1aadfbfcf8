package org.veil.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;

/**
 * Runs jobs in {@link Task}s on daemon worker threads. Progress reaches the listener through the
 * task's properties, which JavaFX coalesces, so a chatty job cannot flood the UI thread.
 * Cancelling is cooperative: the job's token is set and the job stops at its next check.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newCachedThreadPool(new DaemonThreads());

    @Override
    public <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener) {
        CancellationToken token = new CancellationToken();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return job.run((fraction, phase) -> {
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                    updateMessage(phase);
                }, token);
            }
        };
        task.progressProperty().addListener((o, old, now) -> listener.progress(now.doubleValue(), task.getMessage()));
        task.messageProperty().addListener((o, old, now) -> listener.progress(task.getProgress(), now));
        task.setOnSucceeded(e -> listener.succeeded(task.getValue()));
        task.setOnFailed(e -> {
            if (task.getException() instanceof CancelledException) {
                listener.cancelled();
            } else {
                listener.failed(task.getException());
            }
        });
        executor.execute(task);
        return token::cancel;
    }

    private static final class DaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "veil-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
