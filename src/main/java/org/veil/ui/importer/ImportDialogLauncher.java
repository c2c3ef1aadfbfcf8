package org.veil.ui.importer;

import java.util.Optional;
import org.veil.service.ImportRequest;

/** Shows the import dialog; tests script it instead. */
@FunctionalInterface
public interface ImportDialogLauncher {

    /** The request if the user confirms the import, empty if they cancel. */
    Optional<ImportRequest> show(ImportDialogViewModel viewModel);
}
