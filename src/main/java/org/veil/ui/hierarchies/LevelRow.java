package org.veil.ui.hierarchies;

import org.veil.engine.risk.LevelPreview;
import org.veil.service.workspace.HierarchyLevels;

/**
 * One level of the hierarchy being edited: what it does to this column alone, and (once computed)
 * what the whole release would look like with this column at the level and the other
 * quasi-identifiers at their current levels.
 *
 * @param preview {@code null} while it is being computed
 */
public record LevelRow(HierarchyLevels.Level column, LevelPreview.Level preview) {
}
