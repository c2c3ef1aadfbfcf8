package org.veil.ui.common;

/**
 * Runs background jobs. The JavaFX implementation uses worker threads; tests use
 * {@link SameThreadTaskRunner} so ViewModels can be tested without threads or a toolkit.
 */
public interface TaskRunner {

    <T> TaskHandle run(BackgroundJob<T> job, TaskListener<T> listener);
}
