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
}
