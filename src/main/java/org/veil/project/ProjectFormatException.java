package org.veil.project;

/**
 * A project file that cannot be read: not a Veil project, damaged, or from a newer Veil. Not final:
 * an encrypted project that cannot be opened throws a subclass (wrong password, password required).
 */
public class ProjectFormatException extends Exception {

    public ProjectFormatException(String message) {
        super(message);
    }

    public ProjectFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
