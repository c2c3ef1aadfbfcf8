package org.veil.service.hipaa;

import java.util.Objects;
import org.veil.engine.hipaa.Finding;
import org.veil.engine.hipaa.SuggestedFix;
import org.veil.service.workspace.AttributeRole;

/**
 * A finding with the column's current role, and whether the configuration already deals with it.
 *
 * @param finding the finding
 * @param role    the column's role in the configuration
 * @param status  whether it is dealt with
 */
public record ReviewedFinding(Finding finding, AttributeRole role, Status status) {

    /** How far the configuration deals with a finding. */
    public enum Status {
        /** Nothing done yet: the column is released as it is (insensitive or sensitive). */
        OPEN("Needs action"),
        /** The column is identifying, so it is left out of the output. */
        REMOVED("Removed"),
        /**
         * The column is quasi-identifying with a hierarchy, and the finding can be fixed by generalizing:
         * it meets Safe Harbor if the released level is high enough (see the finding's safe level).
         */
        GENERALIZED("Generalized: check the level");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReviewedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
    }

    /** The status of a finding given the column's role and whether it has a hierarchy. */
    static Status statusOf(Finding finding, AttributeRole role, boolean hasHierarchy) {
        if (role == AttributeRole.IDENTIFYING) {
            return Status.REMOVED;
        }
        if (role == AttributeRole.QUASI_IDENTIFYING && hasHierarchy
                && finding.fix().action() == SuggestedFix.Action.GENERALIZE) {
            return Status.GENERALIZED;
        }
        return Status.OPEN;
    }

    /** Whether the user still has to act: the column is released unchanged. */
    public boolean needsAction() {
        return status == Status.OPEN;
    }

    public String column() {
        return finding.column();
    }
}
