package org.veil.ui.common;

import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;

/** Runs each job at once on the calling thread: deterministic, for tests and command-line use. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener) {
        CancellationToken token = new CancellationToken();
        try {
            T result = job.run(listener::progress, token);
            listener.succeeded(result);
        } catch (CancelledException e) {
            listener.cancelled();
        } catch (Exception e) {
            listener.failed(e);
        }
        return token::cancel;
    }
}
