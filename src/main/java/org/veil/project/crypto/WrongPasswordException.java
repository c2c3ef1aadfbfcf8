package org.veil.project.crypto;

import org.veil.project.ProjectFormatException;

/**
 * An encrypted project that the given password does not open: the password is wrong, or (AES-GCM
 * cannot tell the two apart) the encrypted bytes were changed. Never yields garbage.
 */
public final class WrongPasswordException extends ProjectFormatException {

    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
