package org.veil.ui.hierarchies;

import java.util.ArrayList;
import java.util.List;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;

/**
 * A column that needs or has a hierarchy, and the state of its hierarchy.
 *
 * @param hierarchy the hierarchy assigned, or {@code null}
 * @param uncovered how many distinct values of the data the hierarchy does not cover
 */
public record HierarchyEntry(String column, AttributeRole role, AssignedHierarchy hierarchy, Status status,
        int uncovered) {

    /** The state of a column's hierarchy. */
    public enum Status {
        /** Assigned and covering every value of the column. */
        OK,
        /** A quasi-identifier without a hierarchy: anonymization cannot run. */
        MISSING,
        /** A sensitive attribute without one: only hierarchical t-closeness would need it. */
        OPTIONAL,
        /** Assigned, but some values of the data are not in it: anonymization cannot run. */
        NOT_COVERING
    }

    /**
     * The quasi-identifiers, the sensitive attributes (hierarchical t-closeness uses their
     * hierarchies) and any other column with a hierarchy, in dataset order.
     */
    public static List<HierarchyEntry> of(Workspace workspace) {
        List<HierarchyEntry> entries = new ArrayList<>();
        if (workspace == null) {
            return entries;
        }
        Configuration configuration = workspace.configuration();
        for (String column : workspace.dataset().columnNames()) {
            AttributeRole role = configuration.role(column);
            AssignedHierarchy assigned = configuration.hierarchy(column);
            if (assigned != null) {
                int uncovered = assigned.hierarchy().uncoveredValues(workspace.dataset().column(column).dictionary())
                        .size();
                entries.add(new HierarchyEntry(column, role, assigned, uncovered == 0 ? Status.OK : Status.NOT_COVERING,
                        uncovered));
            } else if (role == AttributeRole.QUASI_IDENTIFYING) {
                entries.add(new HierarchyEntry(column, role, null, Status.MISSING, 0));
            } else if (role == AttributeRole.SENSITIVE) {
                entries.add(new HierarchyEntry(column, role, null, Status.OPTIONAL, 0));
            }
        }
        return entries;
    }

    /** A few words for the list, e.g. {@code missing} or {@code does not cover 3 values}. */
    public String statusText() {
        return switch (status) {
            case OK -> isUsed() ? "ok" : "ok, not used";
            case MISSING -> "missing";
            case OPTIONAL -> "none (optional)";
            case NOT_COVERING -> String.format("does not cover %,d value%s", uncovered, uncovered == 1 ? "" : "s");
        };
    }

    /** Whether anonymization uses the column's hierarchy: it does for quasi-identifiers and sensitive attributes. */
    public boolean isUsed() {
        return role == AttributeRole.QUASI_IDENTIFYING || role == AttributeRole.SENSITIVE;
    }

    /** What the status means and what to do about it, for a tooltip. */
    public String statusExplanation() {
        return switch (status) {
            case OK -> isUsed()
                    ? "The hierarchy covers every value of the column."
                    : "The hierarchy covers the column, but is not used while the column is " + role.label().toLowerCase()
                            + ".";
            case MISSING -> "A quasi-identifier needs a hierarchy before the data can be anonymized: import one.";
            case OPTIONAL -> "Only hierarchical t-closeness needs a hierarchy for a sensitive attribute.";
            case NOT_COVERING -> "Some values of the data are not in the hierarchy: import a hierarchy that has a row"
                    + " for each of them.";
        };
    }
}
