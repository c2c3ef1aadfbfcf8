package org.veil.ui.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.service.workspace.AuditRecorder;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.Command;
import org.veil.ui.common.UndoManager;

/**
 * The workspace being edited and its history. Every change goes through {@link #change} as a named
 * command, so each can be undone and redone and the unsaved-changes mark stays right. Step
 * ViewModels share one instance.
 *
 * <p>It also keeps the project's audit trail, which is not part of the undoable state: every change,
 * undo and redo appends an entry, and so do runs, exports, saves ({@link #record}).
 */
public final class WorkspaceModel {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AuditTrail> audit = new ReadOnlyObjectWrapper<>(AuditTrail.empty());
    private final UndoManager undo = new UndoManager();
    private final AuditRecorder recorder;

    /** Records audit entries as the operating-system user. */
    public WorkspaceModel() {
        this(AuditRecorder.system());
    }

    public WorkspaceModel(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Starts over with another workspace (imported): no history, nothing unsaved, no project file yet. */
    public void open(Workspace opened) {
        open(opened, null);
    }

    /** Starts over with a workspace opened from a project file (or {@code null} for none), with an empty trail. */
    public void open(Workspace opened, Path project) {
        open(opened, project, AuditTrail.empty());
    }

    /** Starts over with a workspace opened from a project file, continuing the project's audit trail. */
    public void open(Workspace opened, Path project, AuditTrail trail) {
        projectFile.set(project);
        audit.set(trail == null ? AuditTrail.empty() : trail);
        workspace.set(opened);
        undo.clear();
    }

    /** Appends an entry to the audit trail. */
    public void record(AuditKind kind, String description, Map<String, String> details) {
        audit.set(recorder.record(audit.get(), kind, description, details));
    }

    /** Replaces the trail by a longer one built from it, e.g. the trail just saved with its SAVE entry. */
    public void replaceAudit(AuditTrail trail) {
        audit.set(Objects.requireNonNull(trail, "trail"));
    }

    /** The audit trail: every change, undo, redo, run, selection, export, save and open since the project began. */
    public AuditTrail audit() {
        return audit.get();
    }

    public ReadOnlyObjectProperty<AuditTrail> auditProperty() {
        return audit.getReadOnlyProperty();
    }

    /** Who records audit entries, and when. */
    public AuditRecorder recorder() {
        return recorder;
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
     * Applies a change as an undoable command and records it in the audit trail, its kind inferred
     * from the description ({@link AuditRecorder#kindOf}). Does nothing if there is no workspace or
     * the change leaves it equal.
     *
     * @param description what the change does, for the Edit menu, e.g. {@code Set role of zip}
     */
    public void change(String description, UnaryOperator<Workspace> change) {
        change(AuditRecorder.kindOf(description), description, change);
    }

    /**
     * Applies a change as an undoable command and records it in the audit trail as {@code kind};
     * undoing and redoing it are recorded too, as {@code Undo: …} and {@code Redo: …}.
     */
    public void change(AuditKind kind, String description, UnaryOperator<Workspace> change) {
        Workspace before = workspace.get();
        if (before == null) {
            return;
        }
        Workspace after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        undo.execute(new Command() {
            private boolean done;

            @Override
            public String description() {
                return description;
            }

            @Override
            public void execute() {
                record(kind, done ? "Redo: " + description : description, Map.of());
                done = true;
                workspace.set(after);
            }

            @Override
            public void undo() {
                record(kind, "Undo: " + description, Map.of());
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
