package org.veil.ui.privacy;

import java.util.Optional;
import org.veil.service.anonymize.ModelSpec;

/** Shows the privacy-model form as a dialog; tests script it instead. */
@FunctionalInterface
public interface ModelDialogLauncher {

    /** The model if the user confirms the form, empty if they cancel. */
    Optional<ModelSpec> show(ModelFormViewModel form);
}
