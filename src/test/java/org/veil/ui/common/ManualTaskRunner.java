package org.veil.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;

/**
 * Holds jobs until the test runs them, so a test can look at the state while a job is "running"
 * and cancel it, deterministically and without threads.
 */
public final class ManualTaskRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener) {
        CancellationToken token = new CancellationToken();
        pending.add(() -> {
            try {
                token.throwIfCancelled();
                listener.succeeded(job.run(listener::progress, token));
            } catch (CancelledException e) {
                listener.cancelled();
            } catch (Exception e) {
                listener.failed(e);
            }
        });
        return token::cancel;
    }

    public int pendingJobs() {
        return pending.size();
    }

    /** Runs every held job in the order it was started. */
    public void runAll() {
        List<Runnable> jobs = new ArrayList<>(pending);
        pending.clear();
        jobs.forEach(Runnable::run);
    }
}
