package org.veil.cli;

/** The exit codes every {@code veil} command uses, so scripts can rely on one meaning per number. */
final class ExitCodes {

    /** The command did its work (for {@code verify}: every check holds). */
    static final int OK = 0;
    /** A result could not be written (for {@code verify}: a check fails). */
    static final int FAILED = 1;
    /** Bad arguments, or an input, hierarchy or project file that cannot be used. */
    static final int BAD_INPUT = 2;
    /** No transformation satisfies the privacy models; nothing is written. */
    static final int NOT_ANONYMOUS = 3;

    private ExitCodes() {
    }
}
