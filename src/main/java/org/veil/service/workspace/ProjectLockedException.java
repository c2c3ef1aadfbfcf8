package org.veil.service.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A password-protected project that could not be opened: no password was given, or the one given
 * does not open it. Lets a front end ask for the password (or say how to give it) instead of
 * reporting the project as unreadable.
 */
public final class ProjectLockedException extends Exception {

    /** Why the project stayed locked. */
    public enum Reason {
        /** The project is encrypted and the password source had no password. */
        PASSWORD_REQUIRED,
        /**
         * The password given does not open it; AES-GCM cannot tell this from encrypted bytes that were
         * changed or damaged.
         */
        WRONG_PASSWORD
    }

    private final Reason reason;
    private final transient Path project;

    public ProjectLockedException(Reason reason, Path project, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.project = Objects.requireNonNull(project, "project");
    }

    public Reason reason() {
        return reason;
    }

    /** The project file that stayed locked. */
    public Path project() {
        return project;
    }
}
