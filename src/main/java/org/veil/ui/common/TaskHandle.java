package org.veil.ui.common;

/** A running background job. */
@FunctionalInterface
public interface TaskHandle {

    /** Asks the job to stop; its listener then hears {@link TaskListener#cancelled()}. */
    void cancel();
}
