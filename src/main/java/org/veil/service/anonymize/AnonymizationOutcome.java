package org.veil.service.anonymize;

import java.util.Optional;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationResult;
import org.veil.engine.search.Transformed;

/**
 * What one anonymization produced: the prepared {@link Anonymization} (to apply other
 * transformations of the solution space without preparing again) and the search's result.
 *
 * @param millis wall time of preparing, searching and applying the optimum
 */
public record AnonymizationOutcome(AnonymizationRequest request, Anonymization anonymization,
        AnonymizationResult result, long millis) {

    /** Whether some transformation satisfies every model within the suppression limit. */
    public boolean isAnonymous() {
        return result.isAnonymous();
    }

    /** The optimal transformation applied to the data, if there is one. */
    public Optional<Transformed> optimum() {
        return result.optimum();
    }
}
