package org.veil.ui.workspace;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.Command;
import org.veil.ui.common.UndoManager;

/**
 * The workspace being edited and its history. Every change goes through {@link #change} as a named
 * command, so each can be undone and redone and the unsaved-changes mark stays right. Step
 * ViewModels share one instance.
 */
public final class WorkspaceModel {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final UndoManager undo = new UndoManager();

    /** Starts over with another workspace (imported): no history, nothing unsaved, no project file yet. */
    public void open(Workspace opened) {
        open(opened, null);
    }

    /** Starts over with a workspace opened from a project file (or {@code null} for none). */
    public void open(Workspace opened, Path project) {
        projectFile.set(project);
        workspace.set(opened);
        undo.clear();
    }

    /** Records that the workspace was saved to a project file: nothing is unsaved now. */
    public void saved(Path project) {
        projectFile.set(project);
        undo.markSaved();
    }

    /** The name shown in the title: the project file's once saved, else the data's; empty without data. */
    public String title() {
        Workspace current = workspace.get();
        if (current == null) {
            return "";
        }
        return projectFile.get() != null ? projectFile.get().getFileName().toString() : current.sourceName();
    }

    /** The project file the workspace was opened from or last saved to, or null. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    /**
     * Applies a change as an undoable command. Does nothing if there is no workspace or the change
     * leaves it equal.
     *
     * @param description what the change does, for the Edit menu, e.g. {@code Set role of zip}
     */
    public void change(String description, UnaryOperator<Workspace> change) {
        Workspace before = workspace.get();
        if (before == null) {
            return;
        }
        Workspace after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.execute(new Command() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void execute() {
                workspace.set(after);
            }

            @Override
            public void undo() {
                workspace.set(before);
            }
        });
    }

    public Workspace get() {
        return workspace.get();
    }

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public UndoManager undo() {
        return undo;
    }
}
