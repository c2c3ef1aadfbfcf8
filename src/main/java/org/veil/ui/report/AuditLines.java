package org.veil.ui.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;

/**
 * What the report takes from the audit trail: a summary line per entry (the latest ones if there are
 * many) after whether the chain is intact, and the hash of the last export of the output reported.
 * The one place of the report that knows the trail's types.
 */
final class AuditLines {

    /** The report lists at most this many entries, the latest. */
    static final int MAX_ENTRIES = 60;

    private AuditLines() {
    }

    /** Lines such as {@code 2025-03-04 10:15:30 alice RUN: Anonymized: optimum {zip=2}}; none for no trail. */
    static List<String> summary(AuditTrail trail) {
        if (trail == null || trail.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("Audit trail: " + trail.verify().describe());
        List<AuditEntry> entries = trail.entries();
        int first = Math.max(0, entries.size() - MAX_ENTRIES);
        if (first > 0) {
            lines.add(first + " earlier entries left out; the project file keeps them all.");
        }
        for (AuditEntry entry : entries.subList(first, entries.size())) {
            String time = entry.time().length() >= 19 ? entry.time().substring(0, 19).replace('T', ' ') : entry.time();
            lines.add("#" + entry.sequence() + " " + time + (entry.user().isEmpty() ? "" : " " + entry.user()) + " "
                    + entry.kind() + ": " + entry.description());
        }
        return lines;
    }

    /**
     * The SHA-256 of the last recorded export of {@code content} (as the export records it, e.g.
     * {@code solution {zip=2, age=1}}), or {@code null} if it was not exported.
     */
    static String exportedSha256(AuditTrail trail, String content) {
        if (trail == null) {
            return null;
        }
        List<AuditEntry> entries = trail.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            Map<String, String> details = entry.details();
            if (entry.kind() == AuditKind.EXPORT && details.containsKey("sha256")
                    && content.equals(details.get("content"))) {
                return details.get("sha256");
            }
        }
        return null;
    }
}
