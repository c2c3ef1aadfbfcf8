package org.veil.engine.search;

import java.util.Optional;

/**
 * What the search found: the classified solution space and, if some transformation is anonymous,
 * the optimal one applied to the data.
 *
 * @param space                   every transformation's state and metric value
 * @param optimum                 the optimum applied, or empty if no transformation is anonymous
 * @param transformationsChecked  transformations whose classes were formed and checked
 * @param millis                  wall time of the search, including preparation
 */
public record AnonymizationResult(SolutionSpace space, Optional<Transformed> optimum, int transformationsChecked,
        long millis) {

    public boolean isAnonymous() {
        return optimum.isPresent();
    }
}
