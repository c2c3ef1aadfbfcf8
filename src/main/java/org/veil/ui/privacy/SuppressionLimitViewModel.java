package org.veil.ui.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.veil.service.workspace.Workspace;
import org.veil.ui.workspace.WorkspaceModel;

/**
 * The suppression limit in percent, as a slider and a spinner edit it. A change becomes one undoable
 * command when it is complete: at once for a typed value or a click, at the release of a slider drag
 * (while {@link #adjustingProperty()} holds, the value only follows the thumb).
 */
public final class SuppressionLimitViewModel {

    /** Percent values are kept to this many decimals. */
    private static final int DECIMALS = 2;

    private final WorkspaceModel workspace;
    private final DoubleProperty percent = new SimpleDoubleProperty();
    private final BooleanProperty adjusting = new SimpleBooleanProperty();
    private boolean showingWorkspace;

    public SuppressionLimitViewModel(WorkspaceModel workspace) {
        this.workspace = workspace;
        workspace.workspaceProperty().addListener((o, old, now) -> showWorkspace());
        percent.addListener((o, old, now) -> commit());
        adjusting.addListener((o, old, now) -> commit());
        showWorkspace();
    }

    /** Shows the limit of the workspace, e.g. after an undo, without making a command of it. */
    private void showWorkspace() {
        Workspace current = workspace.get();
        showingWorkspace = true;
        try {
            percent.set(current == null ? 0 : round(current.configuration().suppressionLimit() * 100));
        } finally {
            showingWorkspace = false;
        }
    }

    private void commit() {
        if (showingWorkspace || adjusting.get() || workspace.get() == null) {
            return;
        }
        double shown = round(Math.max(0, Math.min(100, percent.get())));
        double limit = shown / 100;
        if (Math.abs(limit - workspace.get().configuration().suppressionLimit()) > 1e-12) {
            workspace.change("Set suppression limit to " + ModelDescriptions.number(shown) + "%",
                    ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(limit)));
        }
        if (percent.get() != round(workspace.get().configuration().suppressionLimit() * 100)) {
            showWorkspace(); // a value out of range or unchanged after rounding: show what holds
        }
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** The limit in percent, 0 to 100: the share of records that may be removed entirely. */
    public DoubleProperty percentProperty() {
        return percent;
    }

    /** Whether the value is being dragged; bound to the slider's {@code valueChanging}. */
    public BooleanProperty adjustingProperty() {
        return adjusting;
    }
}
