package org.veil.ui.export;

import java.util.Optional;

/** Shows the export dialog; tests script it instead. */
@FunctionalInterface
public interface ExportDialogLauncher {

    /** The settings if the user confirms, empty if they cancel. */
    Optional<ExportSettings> show(ExportDialogViewModel viewModel);
}
