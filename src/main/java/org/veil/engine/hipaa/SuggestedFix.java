package org.veil.engine.hipaa;

import java.util.List;
import java.util.Objects;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.HierarchyBuilder;

/**
 * What to do about a finding: remove the column from the output (make it identifying), or generalize
 * it (make it quasi-identifying) with a hierarchy whose level {@link #safeLevel} and above meet Safe
 * Harbor.
 *
 * @param action                    remove or generalize
 * @param builder                   for {@link Action#GENERALIZE}, the builder of the suggested
 *                                  hierarchy; {@code null} for {@link Action#REMOVE}
 * @param safeLevel                 for {@link Action#GENERALIZE}, the lowest level of the hierarchy
 *                                  that Safe Harbor allows to release (year for dates, three ZIP digits,
 *                                  ages top-coded at 90); -1 for {@link Action#REMOVE}
 * @param zeroRestrictedZipPrefixes whether the hierarchy also turns the restricted three-digit ZIP
 *                                  prefixes into {@code 000} (see {@link ZipCodes}), which the builder
 *                                  alone cannot do
 * @param description               the fix in a few words, e.g. {@code Generalize to the year}
 */
public record SuggestedFix(Action action, HierarchyBuilder builder, int safeLevel, boolean zeroRestrictedZipPrefixes,
        String description) {

    /** The two ways to fix a finding. */
    public enum Action {
        /** Make the column identifying: it is left out of the output. */
        REMOVE,
        /** Make the column quasi-identifying with the suggested hierarchy. */
        GENERALIZE
    }

    public SuggestedFix {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        if (action == Action.GENERALIZE && (builder == null || safeLevel < 1)) {
            throw new IllegalArgumentException("generalizing needs a builder and a safe level of at least 1");
        }
        if (action == Action.REMOVE && (builder != null || safeLevel != -1 || zeroRestrictedZipPrefixes)) {
            throw new IllegalArgumentException("removing a column needs no hierarchy");
        }
    }

    /** Remove the column. */
    public static SuggestedFix remove() {
        return new SuggestedFix(Action.REMOVE, null, -1, false, "Remove the column (role Identifying)");
    }

    /** Generalize with a builder's hierarchy, released at {@code safeLevel} or above. */
    public static SuggestedFix generalize(HierarchyBuilder builder, int safeLevel, String description) {
        return new SuggestedFix(Action.GENERALIZE, builder, safeLevel, false, description);
    }

    /** Generalize ZIP codes to their first three digits, with the restricted prefixes turned into 000. */
    static SuggestedFix zip(int safeLevel) {
        return new SuggestedFix(Action.GENERALIZE, ZipCodes.MASKING, safeLevel, true,
                "Generalize to the first three digits (level " + safeLevel + "), restricted prefixes → 000");
    }

    /**
     * The suggested hierarchy for a column's values (distinct, non-missing, as text).
     *
     * @throws HierarchyException    if the values do not fit the builder (e.g. a value that is not a date)
     * @throws IllegalStateException for a {@link Action#REMOVE} fix, which has no hierarchy
     */
    public Hierarchy hierarchy(List<String> values) throws HierarchyException {
        if (action == Action.REMOVE) {
            throw new IllegalStateException("removing a column needs no hierarchy");
        }
        return zeroRestrictedZipPrefixes ? ZipCodes.safeHarborHierarchy(values) : builder.build(values);
    }

    /**
     * Whether {@link #hierarchy} for these values is exactly the builder's, so the hierarchy can be
     * reopened in the builder; false when restricted ZIP prefixes had to be turned into 000.
     */
    public boolean builderAloneMakes(List<String> values) {
        return action == Action.GENERALIZE && !(zeroRestrictedZipPrefixes && ZipCodes.anyRestricted(values));
    }
}
