package org.veil.service.workspace;

import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.build.HierarchyBuilder;

/**
 * A hierarchy assigned to a column, with where it came from (a file name, or the builder that made
 * it), so the user can tell hierarchies apart.
 *
 * @param builder the builder that made the hierarchy, so it can be reopened in it; {@code null} for an
 *                imported or hand-edited hierarchy
 */
public record AssignedHierarchy(Hierarchy hierarchy, String source, HierarchyBuilder builder) {

    /** A hierarchy that no builder made (imported from a file, or edited by hand). */
    public AssignedHierarchy(Hierarchy hierarchy, String source) {
        this(hierarchy, source, null);
    }

    /** A hierarchy as its builder made it, described by the builder. */
    public static AssignedHierarchy built(Hierarchy hierarchy, HierarchyBuilder builder) {
        return new AssignedHierarchy(hierarchy, builder.describe(), builder);
    }
}
