package org.veil.ui.explore;

import org.veil.engine.search.NodeState;

/** Which transformations the table shows, by what the search knows of them. */
public enum StateFilter {
    ALL("All states"),
    ANONYMOUS("Anonymous"),
    NOT_ANONYMOUS("Not anonymous"),
    NOT_CHECKED("Not checked");

    private final String label;

    StateFilter(String label) {
        this.label = label;
    }

    public boolean accepts(NodeState state) {
        return switch (this) {
            case ALL -> true;
            case ANONYMOUS -> state.isAnonymous();
            case NOT_ANONYMOUS -> state == NodeState.NOT_ANONYMOUS || state == NodeState.NOT_ANONYMOUS_INFERRED;
            case NOT_CHECKED -> state == NodeState.NOT_CHECKED;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
