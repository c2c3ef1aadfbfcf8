package org.veil.service.hipaa;

import java.util.ArrayList;
import java.util.List;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hipaa.Finding;
import org.veil.engine.hipaa.SuggestedFix;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;

/** Applies a finding's suggested fix to a workspace's configuration. */
public final class SafeHarborFix {

    private SafeHarborFix() {
    }

    /**
     * The configuration with the finding fixed: for {@link SuggestedFix.Action#REMOVE} the column
     * becomes identifying; for {@link SuggestedFix.Action#GENERALIZE} it becomes quasi-identifying with
     * the suggested hierarchy built on all its values, assigned with its builder (so it reopens in it)
     * unless restricted ZIP prefixes had to become 000, which no builder does.
     *
     * @throws HierarchyException       if the values do not fit the suggested builder (e.g. a date column
     *                                  holding values that are not dates)
     * @throws IllegalArgumentException if the workspace has no such column
     */
    public static Configuration apply(Workspace workspace, Finding finding) throws HierarchyException {
        Dataset dataset = workspace.dataset();
        String column = finding.column();
        if (!dataset.hasColumn(column)) {
            throw new IllegalArgumentException("the data has no column '" + column + "' any more");
        }
        Configuration configuration = workspace.configuration();
        SuggestedFix fix = finding.fix();
        if (fix.action() == SuggestedFix.Action.REMOVE) {
            return configuration.withRole(column, AttributeRole.IDENTIFYING);
        }
        List<String> values = distinctValues(dataset.column(column));
        Hierarchy hierarchy = fix.hierarchy(values);
        AssignedHierarchy assigned = fix.builderAloneMakes(values)
                ? AssignedHierarchy.built(hierarchy, fix.builder())
                : new AssignedHierarchy(hierarchy, fix.builder().describe() + "; restricted ZIP prefixes → 000");
        return configuration.withRole(column, AttributeRole.QUASI_IDENTIFYING).withHierarchy(column, assigned);
    }

    /** The distinct, non-missing values of a column. */
    static List<String> distinctValues(Column column) {
        Dictionary dictionary = column.dictionary();
        List<String> values = new ArrayList<>(dictionary.size());
        for (int code = 0; code < dictionary.size(); code++) {
            if (!dictionary.isMissing(code)) {
                values.add(dictionary.value(code));
            }
        }
        return values;
    }
}
