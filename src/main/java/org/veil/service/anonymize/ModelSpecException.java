package org.veil.service.anonymize;

/**
 * A privacy model written as text that cannot be used: wrong syntax, a parameter out of range, or
 * a hierarchy it needs but was not given. The message says what is wrong and what is expected, in
 * words a user can act on (the GUI shows it next to the field, the CLI after the option name).
 */
public final class ModelSpecException extends Exception {

    public ModelSpecException(String message) {
        super(message);
    }
}
