package org.veil.ui.common;

/** A user's change as an object that can be undone and redone, named for the Edit menu. */
public interface Command {

    /** Says what the command does, e.g. {@code Set role of zip}; the Edit menu shows "Undo …". */
    String description();

    void execute();

    void undo();
}
