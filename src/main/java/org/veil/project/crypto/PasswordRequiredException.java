package org.veil.project.crypto;

import org.veil.project.ProjectFormatException;

/** An encrypted project opened without a password. */
public final class PasswordRequiredException extends ProjectFormatException {

    public PasswordRequiredException(String message) {
        super(message);
    }
}
