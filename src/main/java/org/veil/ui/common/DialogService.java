package org.veil.ui.common;

import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * How to save a project, as chosen at Save As.
     *
     * @param password  the new password, empty for an unprotected project; the receiver wipes it
     * @param embedData whether to include the data in the project file
     */
    record SaveOptions(char[] password, boolean embedData) {

        /** Overwrites the password. */
        public void wipe() {
            Arrays.fill(password, '\0');
        }
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

    /**
     * Asks how to save a project, in one dialog: a new password, typed twice (may stay empty: no
     * protection), and whether to include the data in the project file. Called on the UI thread.
     *
     * @param embedData   whether "include the data" starts ticked (off for new projects)
     * @param dataHasFile false if the data was read from no file of its own (the sample, data opened
     *                    from a project that embeds it): it is then always included, the box ticked
     *                    and disabled
     * @return the choice, or empty if the user cancelled. The caller owns the password array and
     *         wipes it when done
     */
    default Optional<SaveOptions> askSaveOptions(String title, boolean embedData, boolean dataHasFile) {
        return Optional.empty();
    }
}
