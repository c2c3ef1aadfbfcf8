package org.veil.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a ViewModel needs, behind an interface: ViewModels stay free of controls and are
 * tested with a scripted implementation.
 */
public interface DialogService {

    /** A file filter: what the user sees and the patterns, e.g. {@code *.csv}. */
    record FileFilter(String description, List<String> patterns) {
    }

    void showError(String title, String message);

    void showWarning(String title, String message);

    Optional<Path> showOpenDialog(String title, List<FileFilter> filters);

    Optional<Path> showSaveDialog(String title, String suggestedName, List<FileFilter> filters);

    /**
     * Asks the user to confirm an action that loses something, e.g. discarding unsaved changes.
     *
     * @param action the button that confirms, e.g. {@code Discard changes}
     * @return true to go ahead
     */
    default boolean confirm(String title, String message, String action) {
        return true;
    }

    /**
     * Asks for a password. May be called from a worker thread (opening a project asks while it is
     * read); implementations then show the dialog on the UI thread and wait for it.
     *
     * @param message what the password is for, or why it is asked again (e.g. {@code Wrong password})
     * @param confirm true to ask twice, for a new password; the two must match
     * @return the password (possibly empty), or empty if the user cancelled. The caller owns the
     *         array and wipes it when done
     */
    default Optional<char[]> askPassword(String title, String message, boolean confirm) {
        return Optional.empty();
    }
}
