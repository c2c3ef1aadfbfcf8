package org.veil.service.workspace;

import java.util.List;
import java.util.Map;
import org.veil.project.audit.AuditTrail;
import org.veil.project.audit.AuditVerification;

/**
 * A project read back: the workspace, the transformation that was chosen when it was saved (empty
 * if none), the user's notes, warnings to show (the data changed since the project was saved, the
 * audit trail is broken, the settings were changed outside Veil), the audit trail as stored, whether
 * its chain holds, and the checks against what the last save recorded ({@code integrity}: the
 * configuration's hash, the trail's last entry); a failed one is among the warnings too.
 */
public record OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
        List<String> warnings, AuditTrail audit, AuditVerification auditCheck, List<Integrity> integrity) {

    /** A check of the project file against what its last save recorded, and what it found. */
    public record Integrity(boolean holds, String text) {
    }

    public OpenedProject {
        transformation = Map.copyOf(transformation);
        warnings = List.copyOf(warnings);
        audit = audit == null ? AuditTrail.empty() : audit;
        auditCheck = auditCheck == null ? audit.verify() : auditCheck;
        integrity = integrity == null ? List.of() : List.copyOf(integrity);
    }

    /** A project without checks against its last save. */
    public OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
            List<String> warnings, AuditTrail audit, AuditVerification auditCheck) {
        this(workspace, transformation, notes, warnings, audit, auditCheck, List.of());
    }

    /** A project without an audit trail. */
    public OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
            List<String> warnings) {
        this(workspace, transformation, notes, warnings, AuditTrail.empty(), null);
    }
}
