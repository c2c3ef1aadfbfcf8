package org.veil.ui.explore;

import javafx.scene.paint.Color;
import org.veil.engine.search.NodeState;

/**
 * The colours of the lattice, its legend and the table's state column: green for anonymous, red
 * for not anonymous, the checked state saturated and the inferred one light, grey for not checked.
 */
final class StatePalette {

    static final Color OPTIMUM = Color.web("#f2b705");
    static final Color OPTIMUM_OUTLINE = Color.web("#6b4f00");
    static final Color SELECTED = Color.web("#1f5fbf");
    static final Color HOVER = Color.web("#212121");
    static final Color EDGE = Color.web("#d9dee3");
    static final Color EDGE_SELECTED = Color.web("#1f5fbf", 0.55);
    static final Color BACKGROUND = Color.web("#fbfcfd");
    static final Color LABEL = Color.web("#6b7280");

    private StatePalette() {
    }

    static Color fill(NodeState state) {
        return switch (state) {
            case ANONYMOUS -> Color.web("#2e7d32");
            case ANONYMOUS_INFERRED -> Color.web("#9ed39f");
            case NOT_ANONYMOUS -> Color.web("#c62828");
            case NOT_ANONYMOUS_INFERRED -> Color.web("#f3a7a4");
            case NOT_CHECKED -> Color.web("#bfc4c9");
        };
    }

    /** The outline of a node: a darker shade of its fill, so light nodes stand out from the background. */
    static Color outline(NodeState state) {
        return fill(state).deriveColor(0, 1, 0.72, 1);
    }
}
