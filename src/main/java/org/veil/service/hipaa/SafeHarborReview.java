package org.veil.service.hipaa;

import java.util.List;
import org.veil.engine.hipaa.SafeHarborReport;

/**
 * The Safe Harbor findings of a workspace with each column's role.
 *
 * @param report   the scan of the data alone
 * @param findings every finding with its column's role and status, in the report's order
 */
public record SafeHarborReview(SafeHarborReport report, List<ReviewedFinding> findings) {

    public SafeHarborReview {
        findings = List.copyOf(findings);
    }

    /** The findings still needing action. */
    public List<ReviewedFinding> open() {
        return findings.stream().filter(ReviewedFinding::needsAction).toList();
    }

    /** The findings of one column. */
    public List<ReviewedFinding> findings(String column) {
        return findings.stream().filter(finding -> finding.column().equals(column)).toList();
    }

    /** Whether every finding is removed or generalized. */
    public boolean allHandled() {
        return open().isEmpty();
    }
}
