package org.veil.engine.privacy;

import java.util.Optional;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.hierarchy.HierarchyException;

/** A model every released equivalence class must satisfy; records of violating classes are suppressed. */
public abstract non-sealed class ClassLevelModel implements PrivacyModel {

    /** Checks one class of a class table. */
    @FunctionalInterface
    public interface ClassCheck {
        boolean satisfies(ClassTable table, int c);

        /**
         * For a class that violates the model: a lower bound on the share of its records that
         * violate it in every specialization (whose classes split this one). 1 for models that
         * only get worse when classes split (k-anonymity, distinct ℓ-diversity); 0 if nothing is
         * known. The search sums these to prune whole regions (docs/adr/0003-exact-search.md).
         */
        default double minimumViolatingShare(ClassTable table, int c) {
            return 0;
        }
    }

    /**
     * The check of this model for an input, with whatever it precomputes once (the index of the
     * sensitive attribute, its global distribution, its hierarchy).
     *
     * @throws HierarchyException if the model needs a hierarchy that does not cover the data
     */
    public abstract ClassCheck prepare(EncodedInput input) throws HierarchyException;

    @Override
    public Optional<String> sensitiveAttribute() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return description();
    }
}
