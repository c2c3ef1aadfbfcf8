package org.veil.ui.common;

/** Hears how a {@link BackgroundJob} goes; every method is called on the UI thread. */
public interface TaskListener<T> {

    /** @param fraction in [0, 1], or negative when unknown */
    default void progress(double fraction, String phase) {
    }

    void succeeded(T result);

    void failed(Throwable error);

    /** The job stopped because it was cancelled. */
    default void cancelled() {
    }
}
