package org.veil.service.workspace;

/**
 * Something that keeps a configuration from running, said in words a user can act on, and where
 * the user fixes it, so the GUI can show it next to the right control.
 *
 * @param area   where it is fixed
 * @param column the column concerned, or {@code null}
 */
public record ConfigurationProblem(Area area, String column, String message) {

    /** The workbench step where a problem is fixed. */
    public enum Area {
        ATTRIBUTES, HIERARCHIES, PRIVACY
    }
}
