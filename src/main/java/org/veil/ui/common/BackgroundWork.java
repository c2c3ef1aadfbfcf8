package org.veil.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one background job the workbench runs at a time (import, anonymization, export), with what
 * the status bar shows of it: busy, progress, phase, and a message when it ends. Failures are
 * shown in an error dialog; a cancelled job changes nothing.
 */
public final class BackgroundWork {

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private TaskHandle running;

    public BackgroundWork(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /**
     * Starts a job unless one is running. On success {@code onSuccess} updates the state and returns
     * the status message; a failure is shown in a dialog titled "{@code what} failed".
     *
     * @return whether the job started
     */
    public <T> boolean run(String startPhase, String what, BackgroundJob<T> job, Function<T, String> onSuccess) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        progress.set(-1);
        phase.set(startPhase);
        running = tasks.run(job, new TaskListener<T>() {
            @Override
            public void progress(double fraction, String text) {
                progress.set(fraction);
                phase.set(text == null ? "" : text);
            }

            @Override
            public void succeeded(T result) {
                finish("");
                message.set(onSuccess.apply(result));
            }

            @Override
            public void failed(Throwable error) {
                finish(what + " failed");
                dialogs.showError(what + " failed", error.getMessage());
            }

            @Override
            public void cancelled() {
                finish(what + " cancelled; nothing was changed");
            }
        });
        return true;
    }

    private void finish(String text) {
        busy.set(false);
        running = null;
        progress.set(0);
        phase.set("");
        message.set(text);
    }

    /** Asks the running job to stop. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Shows a message in the status bar, e.g. after an action that needed no background job. */
    public void say(String text) {
        message.set(text);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Fraction done; negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The last job's outcome for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
