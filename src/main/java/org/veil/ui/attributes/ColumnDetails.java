package org.veil.ui.attributes;

import java.util.List;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.InvalidValue;
import org.veil.engine.data.TypeCheck;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.ConfigurationCheck;
import org.veil.service.workspace.ConfigurationProblem;
import org.veil.service.workspace.HierarchyTable;
import org.veil.service.workspace.Workspace;

/**
 * Everything the Attributes panel shows about one column: its role, type (and the values invalid
 * under it), the hierarchy assigned, and the configuration's problems that concern it.
 *
 * @param hierarchy the hierarchy assigned, or {@code null}
 */
public record ColumnDetails(String name, int index, ColumnType type, AttributeRole role, AssignedHierarchy hierarchy,
        List<InvalidValue> invalidValues, List<String> problems) {

    public ColumnDetails {
        invalidValues = List.copyOf(invalidValues);
        problems = List.copyOf(problems);
    }

    /** The details of a column of the workspace, or {@code null} if there is no such column. */
    public static ColumnDetails of(Workspace workspace, String column) {
        if (workspace == null || column == null || !workspace.dataset().hasColumn(column)) {
            return null;
        }
        int index = workspace.dataset().indexOf(column);
        Column data = workspace.dataset().column(index);
        List<String> problems = ConfigurationCheck.problems(workspace.configuration(), workspace.dataset()).stream()
                .filter(problem -> column.equals(problem.column()))
                .map(ConfigurationProblem::message)
                .toList();
        return new ColumnDetails(column, index, data.type(), workspace.configuration().role(column),
                workspace.configuration().hierarchy(column), TypeCheck.invalidValues(data, data.type()), problems);
    }

    /** E.g. {@code hierarchy_zip.csv · height 5 · 120 values}, or {@code None}. */
    public String hierarchySummary() {
        return hierarchy == null ? "None" : HierarchyTable.summary(hierarchy);
    }

    /** What a hierarchy is for, given the column's role. */
    public String hierarchyUse() {
        return switch (role) {
            case QUASI_IDENTIFYING -> "Quasi-identifiers need a hierarchy: it says how their values are generalized.";
            case SENSITIVE -> "Optional: only hierarchical t-closeness uses the hierarchy of a sensitive attribute.";
            case IDENTIFYING, INSENSITIVE -> "Not used while the column is " + role.label().toLowerCase()
                    + ": only quasi-identifiers and sensitive attributes use hierarchies.";
        };
    }

    /** E.g. {@code 3 rows hold values that are not valid as Integer}, or empty when all are valid. */
    public String invalidValuesSummary() {
        if (invalidValues.isEmpty()) {
            return "";
        }
        int rows = invalidValues.stream().mapToInt(InvalidValue::rows).sum();
        return String.format("%,d %s hold%s values that are not valid as %s, e.g. '%s'",
                rows, rows == 1 ? "row" : "rows", rows == 1 ? "s" : "", type.label(), invalidValues.get(0).value());
    }
}
