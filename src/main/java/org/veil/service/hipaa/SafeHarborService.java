package org.veil.service.hipaa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hipaa.Finding;
import org.veil.engine.hipaa.SafeHarborReport;
import org.veil.engine.hipaa.SafeHarborScanner;
import org.veil.engine.hipaa.SuggestedFix;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;

/**
 * The HIPAA Safe Harbor check of a workspace (45 CFR 164.514(b)(2)): which columns hold identifiers,
 * whether the configuration deals with them, and the fixes.
 */
public final class SafeHarborService {

    private final SafeHarborScanner scanner;

    public SafeHarborService() {
        this(new SafeHarborScanner());
    }

    public SafeHarborService(SafeHarborScanner scanner) {
        this.scanner = scanner;
    }

    /** The findings of the workspace's data, each with its column's role and status. */
    public SafeHarborReview scan(Workspace workspace) {
        SafeHarborReport report = scanner.scan(workspace.dataset());
        Configuration configuration = workspace.configuration();
        List<ReviewedFinding> reviewed = new ArrayList<>();
        for (Finding finding : report.findings()) {
            var role = configuration.role(finding.column());
            reviewed.add(new ReviewedFinding(finding, role,
                    ReviewedFinding.statusOf(finding, role, configuration.hierarchy(finding.column()) != null)));
        }
        return new SafeHarborReview(report, reviewed);
    }

    /** The configuration with one finding fixed; see {@link SafeHarborFix#apply}. */
    public Configuration fix(Workspace workspace, Finding finding) throws HierarchyException {
        return SafeHarborFix.apply(workspace, finding);
    }

    /**
     * The configuration with every open finding fixed. A column with several findings is removed if
     * any of them says so; otherwise it is generalized by its first finding's fix.
     *
     * @throws HierarchyException if a suggested hierarchy does not fit its column's values
     */
    public Configuration fixAll(Workspace workspace) throws HierarchyException {
        Map<String, Finding> chosen = new LinkedHashMap<>();
        for (ReviewedFinding reviewed : scan(workspace).open()) {
            Finding finding = reviewed.finding();
            Finding earlier = chosen.get(finding.column());
            if (earlier == null || finding.fix().action() == SuggestedFix.Action.REMOVE
                    && earlier.fix().action() != SuggestedFix.Action.REMOVE) {
                chosen.put(finding.column(), finding);
            }
        }
        Workspace current = workspace;
        for (Finding finding : chosen.values()) {
            current = current.withConfiguration(SafeHarborFix.apply(current, finding));
        }
        return current.configuration();
    }
}
