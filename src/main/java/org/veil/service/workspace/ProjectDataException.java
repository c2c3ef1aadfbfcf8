package org.veil.service.workspace;

/** A project whose data no longer fits it: unreadable, or missing columns the project names. */
public final class ProjectDataException extends Exception {

    public ProjectDataException(String message) {
        super(message);
    }

    public ProjectDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
