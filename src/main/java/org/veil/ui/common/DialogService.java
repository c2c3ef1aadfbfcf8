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
}
