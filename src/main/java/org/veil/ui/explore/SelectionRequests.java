package org.veil.ui.explore;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * The transformation the user asked for while it is being applied. Applying runs in the
 * background and the workbench runs one job at a time, so a click during another job would be
 * lost; instead the latest request waits and is applied when that job ends. If applying fails
 * (the error is shown), the request is dropped.
 */
final class SelectionRequests {

    private final AnonymizationModel anonymization;
    private final ObservableBooleanValue busy;
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(-1);
    private final IntegerBinding requested;
    private boolean started;

    /** @param later runs an action after the current event, when the ended job has delivered its result */
    SelectionRequests(AnonymizationModel anonymization, ObservableBooleanValue busy, Executor later) {
        this.anonymization = anonymization;
        this.busy = busy;
        anonymization.outcomeProperty().addListener(o -> pending.set(-1));
        anonymization.selectedNodeProperty().addListener((o, old, now) -> {
            if (pending.get() == now.intValue()) {
                pending.set(-1);
            }
        });
        busy.addListener((o, was, now) -> {
            if (!now) {
                later.execute(this::afterJob);
            }
        });
        requested = Bindings.createIntegerBinding(
                () -> pending.get() >= 0 ? pending.get() : anonymization.selectedNodeProperty().get(), pending,
                anonymization.selectedNodeProperty());
    }

    void request(int node) {
        if (anonymization.outcomeProperty().get() == null || node < 0) {
            return;
        }
        pending.set(node == anonymization.selectedNodeProperty().get() ? -1 : node);
        started = false;
        attempt();
    }

    private void attempt() {
        if (pending.get() < 0 || busy.get()) {
            return;
        }
        started = true;
        anonymization.select(pending.get());
    }

    private void afterJob() {
        if (pending.get() < 0 || busy.get()) {
            return;
        }
        if (started) {
            pending.set(-1);
        } else {
            attempt();
        }
    }

    /** The node asked for and not applied yet, or -1. */
    ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The pending node if there is one, else the selected one (-1 if none). */
    IntegerBinding requestedProperty() {
        return requested;
    }
}
