package org.veil.ui.export;

import java.util.Optional;

/** Shows the export dialog; tests script it instead. */
@FunctionalInterface
public interface ExportDialogLauncher {

    /**
     * The settings if the user confirms, empty if they cancel.
     *
     * @param summary what the export will write, e.g. the selected solution and its suppressed rows
     */
    Optional<ExportSettings> show(ExportDialogViewModel viewModel, String summary);
}
