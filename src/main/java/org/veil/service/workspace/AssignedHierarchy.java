package org.veil.service.workspace;

import org.veil.engine.hierarchy.Hierarchy;

/**
 * A hierarchy assigned to a column, with where it came from (a file name, or the builder that made
 * it), so the user can tell hierarchies apart.
 */
public record AssignedHierarchy(Hierarchy hierarchy, String source) {
}
