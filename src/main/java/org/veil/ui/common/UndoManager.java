package org.veil.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs commands and keeps them for undo and redo. Each executed command gets a number; the number
 * of the command on top of the undo stack identifies the state the user sees, so undoing back to
 * the saved state clears the unsaved-changes mark again.
 */
public final class UndoManager {

    private record Entry(Command command, long state) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private long nextState = 1;
    private long savedState;

    /** Executes a command and makes it the one to undo; clears what could be redone. */
    public void execute(Command command) {
        command.execute();
        undo.push(new Entry(command, nextState++));
        redo.clear();
        update();
    }

    public void undo() {
        Entry entry = undo.poll();
        if (entry != null) {
            entry.command().undo();
            redo.push(entry);
            update();
        }
    }

    public void redo() {
        Entry entry = redo.poll();
        if (entry != null) {
            entry.command().execute();
            undo.push(entry);
            update();
        }
    }

    /** Forgets every command, e.g. when another dataset is opened; the state counts as saved. */
    public void clear() {
        undo.clear();
        redo.clear();
        savedState = currentState();
        update();
    }

    /** Records that the current state is saved. */
    public void markSaved() {
        savedState = currentState();
        update();
    }

    /**
     * Records that the current state is not saved anywhere, e.g. work recovered after a crash: it
     * counts as unsaved until the next {@link #markSaved}, undoing included.
     */
    public void markUnsaved() {
        savedState = -1; // no state has this number
        update();
    }

    private long currentState() {
        Entry top = undo.peek();
        return top == null ? 0 : top.state();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().command().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().command().description());
        dirty.set(currentState() != savedState);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would undo, or empty. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** Whether the state differs from the last saved (or opened) one. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
