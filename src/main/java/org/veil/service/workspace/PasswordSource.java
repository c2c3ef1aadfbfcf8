package org.veil.service.workspace;

import java.util.Optional;

/**
 * Where the password of an encrypted project comes from when it is opened: a dialog, a command-line
 * option. Asked only when the file is encrypted, and asked again after a wrong answer.
 */
@FunctionalInterface
public interface PasswordSource {

    /** Has no password: opening an encrypted project fails with a clear message. */
    PasswordSource NONE = (file, wrongBefore) -> Optional.empty();

    /**
     * The password to try. The caller wipes the returned array after trying it, so return a copy of
     * any password you keep.
     *
     * @param file        the project's file name, for the prompt
     * @param wrongBefore true if the previous answer was wrong
     * @return the password, or empty to give up (the opening then fails with the last error); a
     *         dialog that was cancelled may throw {@link org.veil.engine.progress.CancelledException}
     */
    Optional<char[]> password(String file, boolean wrongBefore);

    /** Answers once with a copy of this password, then gives up. */
    static PasswordSource of(char[] password) {
        char[] kept = password.clone();
        return (file, wrongBefore) -> wrongBefore ? Optional.empty() : Optional.of(kept.clone());
    }
}
