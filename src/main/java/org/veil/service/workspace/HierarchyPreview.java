package org.veil.service.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.risk.LevelPreview;

/**
 * The live preview of a hierarchy being edited: for each of its levels, the equivalence classes the
 * data would fall into with the other quasi-identifiers at the levels the user selected (those of
 * the chosen solution, say), before suppression. It tells whether a level is worth having before
 * the search is run again.
 */
public final class HierarchyPreview {

    /**
     * A preview.
     *
     * @param k      classes of fewer records count as small: the configuration's
     *               {@link Configuration#smallClassThreshold() largest k}, or 2 (the unique records)
     * @param levels every level 0..height of the candidate hierarchy
     */
    public record Result(int k, List<LevelPreview.Level> levels) {

        public Result {
            levels = List.copyOf(levels);
        }
    }

    private HierarchyPreview() {
    }

    /**
     * Previews a candidate hierarchy for a column, which counts as a quasi-identifier whatever its
     * role. The other quasi-identifiers with a hierarchy stand at their selected level (a level above
     * the top of a hierarchy changed since the solution was found counts as its top); those without
     * a hierarchy yet keep their original values (level 0), so the preview errs on the risky side.
     *
     * @param otherLevels the selected level of other quasi-identifiers; a missing one is 0, entries for
     *                    the column itself and for columns that are no quasi-identifier are ignored
     * @throws IllegalArgumentException if the candidate, or another quasi-identifier's hierarchy, does
     *                                  not cover its column's values (the message names them;
     *                                  {@link ConfigurationCheck} reports this first)
     */
    public static Result of(Workspace workspace, String column, Hierarchy candidate, Map<String, Integer> otherLevels,
            CancellationToken cancel) {
        Configuration configuration = workspace.configuration();
        Map<String, Hierarchy> quasiIdentifiers = new LinkedHashMap<>();
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String qi : configuration.columns(AttributeRole.QUASI_IDENTIFYING)) {
            if (qi.equals(column)) {
                continue;
            }
            AssignedHierarchy assigned = configuration.hierarchy(qi);
            if (assigned == null) {
                quasiIdentifiers.put(qi, Hierarchy.keepingValues(workspace.dataset().column(qi)));
            } else {
                quasiIdentifiers.put(qi, assigned.hierarchy());
                levels.put(qi, Math.min(otherLevels.getOrDefault(qi, 0), assigned.hierarchy().height()));
            }
        }
        quasiIdentifiers.put(column, candidate);
        int k = configuration.smallClassThreshold();
        return new Result(k, LevelPreview.of(workspace.dataset(), quasiIdentifiers, levels, column, k, cancel));
    }
}
