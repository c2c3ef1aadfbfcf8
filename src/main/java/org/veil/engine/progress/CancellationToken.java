package org.veil.engine.progress;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation: the UI (or any caller) sets it, long-running work polls it at safe
 * points and stops by throwing {@link CancelledException}.
 */
public final class CancellationToken {

    /** A token that is never cancelled, for callers that cannot cancel. */
    public static final CancellationToken NONE = new CancellationToken();

    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        if (this == NONE) {
            throw new UnsupportedOperationException("the shared NONE token cannot be cancelled");
        }
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} if cancellation was requested. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }
}
