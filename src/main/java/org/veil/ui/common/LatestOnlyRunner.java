package org.veil.ui.common;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;

/**
 * Runs quick background computations whose only useful result is the newest, such as a preview that
 * follows every edit: submitting cancels the one before, and a result that arrives after a newer
 * submission is thrown away instead of overwriting the newer one. Results are handed over on the
 * UI thread; failures too, so a broken preview says so instead of going quiet.
 */
public final class LatestOnlyRunner<T> {

    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private long generation;
    private CancellationToken running = new CancellationToken();

    /**
     * @param background where the work runs (a single daemon thread in the app; the caller's thread in tests)
     * @param uiThread   how results get onto the UI thread ({@code Platform::runLater} in the app)
     */
    public LatestOnlyRunner(Executor background, Consumer<Runnable> uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    /**
     * Starts {@code work}; {@code onResult} gets its result, or {@code onFailure} its error, unless
     * another submission (or {@link #cancel()}) came first. Call on the UI thread.
     */
    public void submit(Function<CancellationToken, T> work, Consumer<T> onResult, Consumer<Exception> onFailure) {
        running.cancel();
        CancellationToken token = new CancellationToken();
        running = token;
        long mine = ++generation;
        background.execute(() -> {
            try {
                T result = work.apply(token);
                uiThread.accept(() -> {
                    if (mine == generation) {
                        onResult.accept(result);
                    }
                });
            } catch (CancelledException e) {
                // a newer submission replaced this one
            } catch (RuntimeException e) {
                uiThread.accept(() -> {
                    if (mine == generation) {
                        onFailure.accept(e);
                    }
                });
            }
        });
    }

    /** Drops whatever runs: its result will not be delivered. */
    public void cancel() {
        running.cancel();
        generation++;
    }
}
