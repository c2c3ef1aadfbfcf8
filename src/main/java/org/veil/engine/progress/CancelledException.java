package org.veil.engine.progress;

/** Thrown by work that stopped because its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled by the user");
    }
}
