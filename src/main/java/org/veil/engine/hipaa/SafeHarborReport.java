package org.veil.engine.hipaa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Safe Harbor findings of a dataset, in column order, then by kind.
 *
 * @param findings      every finding
 * @param columns       the columns scanned, in dataset order
 * @param referenceYear the year ages were computed against (birth dates and years that show an age over 89)
 */
public record SafeHarborReport(List<Finding> findings, List<String> columns, int referenceYear) {

    public SafeHarborReport {
        findings = List.copyOf(findings);
        columns = List.copyOf(columns);
    }

    /** The findings of one column. */
    public List<Finding> findings(String column) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.column().equals(column)) {
                result.add(finding);
            }
        }
        return result;
    }

    /** The kinds of identifier found in one column. */
    public Set<IdentifierKind> kinds(String column) {
        Set<IdentifierKind> kinds = new LinkedHashSet<>();
        for (Finding finding : findings(column)) {
            kinds.add(finding.kind());
        }
        return kinds;
    }

    /** The columns with at least one finding, in dataset order. */
    public List<String> flaggedColumns() {
        return columns.stream().filter(column -> !findings(column).isEmpty()).toList();
    }

    /** Whether no column holds anything Safe Harbor removes. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
