package org.veil.engine.search;

/** What the search knows about one transformation. */
public enum NodeState {
    /** Checked: anonymous. */
    ANONYMOUS,
    /** Not checked, but anonymous because a transformation below it is (monotone configurations only). */
    ANONYMOUS_INFERRED,
    /** Checked: not anonymous. */
    NOT_ANONYMOUS,
    /** Not checked, but not anonymous because a transformation above it is not (monotone only). */
    NOT_ANONYMOUS_INFERRED,
    /** Neither checked nor inferred: its lower bound showed it could not beat the optimum. */
    NOT_CHECKED;

    public boolean isAnonymous() {
        return this == ANONYMOUS || this == ANONYMOUS_INFERRED;
    }

    public boolean isKnown() {
        return this != NOT_CHECKED;
    }
}
