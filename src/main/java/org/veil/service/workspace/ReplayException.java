package org.veil.service.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a {@link ProjectReplay} wrote nothing (or could not finish writing), as a sentence for the
 * user and a {@link Kind} a front end maps to its own reaction (an exit code, a dialog).
 */
public final class ReplayException extends Exception {

    /** What went wrong. */
    public enum Kind {
        /** The project file is missing, unreadable, damaged or from a newer Veil. */
        PROJECT,
        /** The project is protected by a password and none was given. */
        PASSWORD_REQUIRED,
        /**
         * The password given does not open the project (or, AES-GCM cannot tell, its encrypted bytes
         * were changed).
         */
        WRONG_PASSWORD,
        /** The data file is not there; see {@link #file()}. */
        DATA_MISSING,
        /** The data can no longer be read as the project describes it (e.g. a configured column is gone). */
        DATA,
        /** The configuration cannot run on the data (hierarchies not covering it, no models, …). */
        CONFIGURATION,
        /** The output would overwrite the data or the project file. */
        TARGET,
        /** The saved transformation is not one of the solution space of the configuration. */
        NOT_IN_SOLUTION_SPACE,
        /** The saved transformation does not satisfy the privacy models (any more) on this data. */
        NOT_ANONYMOUS,
        /** No transformation satisfies the privacy models within the suppression limit. */
        NO_SOLUTION,
        /** The output could not be written. */
        WRITE
    }

    private final Kind kind;
    private final transient Path file;

    public ReplayException(Kind kind, String message, Path file, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = file;
    }

    public ReplayException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file the problem is about (the missing data file, the refused target), or {@code null}. */
    public Path file() {
        return file;
    }
}
