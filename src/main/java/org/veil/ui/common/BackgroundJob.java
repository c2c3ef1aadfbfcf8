package org.veil.ui.common;

import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;

/**
 * Work to run off the UI thread. It gets everything it needs before it starts (never reads a
 * control), reports progress, and stops promptly when the token is cancelled.
 */
@FunctionalInterface
public interface BackgroundJob<T> {

    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
