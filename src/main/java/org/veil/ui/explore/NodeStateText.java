package org.veil.ui.explore;

import org.veil.engine.search.NodeState;

/** What each search state means, in the words the legend, the tooltips and the table use. */
public final class NodeStateText {

    private NodeStateText() {
    }

    /** A short name, e.g. "Anonymous (inferred)". */
    public static String label(NodeState state) {
        return switch (state) {
            case ANONYMOUS -> "Anonymous (checked)";
            case ANONYMOUS_INFERRED -> "Anonymous (inferred)";
            case NOT_ANONYMOUS -> "Not anonymous (checked)";
            case NOT_ANONYMOUS_INFERRED -> "Not anonymous (inferred)";
            case NOT_CHECKED -> "Not checked";
        };
    }

    /** A sentence on how the search knows it (see docs/adr/0003-exact-search.md). */
    public static String explanation(NodeState state) {
        return switch (state) {
            case ANONYMOUS -> "Checked: satisfies every privacy model within the suppression limit.";
            case ANONYMOUS_INFERRED -> "Not checked, but anonymous because a transformation below it is.";
            case NOT_ANONYMOUS -> "Checked: violates a privacy model, or suppresses more than the limit allows.";
            case NOT_ANONYMOUS_INFERRED -> "Not checked, but not anonymous because a transformation above it is not,"
                    + " or its classes cannot be split into anonymous ones.";
            case NOT_CHECKED -> "Not checked: its lower bound showed it cannot beat the optimum, so the search"
                    + " skipped it. Select it to find out whether it is anonymous.";
        };
    }
}
