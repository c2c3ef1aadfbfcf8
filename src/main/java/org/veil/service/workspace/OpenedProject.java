package org.veil.service.workspace;

import java.util.List;
import java.util.Map;
import org.veil.project.audit.AuditTrail;
import org.veil.project.audit.AuditVerification;

/**
 * A project read back: the workspace, the transformation that was chosen when it was saved (empty
 * if none), the user's notes, warnings to show (the data changed since the project was saved, the
 * audit trail is broken), the audit trail as stored and whether its chain holds.
 */
public record OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
        List<String> warnings, AuditTrail audit, AuditVerification auditCheck) {

    public OpenedProject {
        transformation = Map.copyOf(transformation);
        warnings = List.copyOf(warnings);
        audit = audit == null ? AuditTrail.empty() : audit;
        auditCheck = auditCheck == null ? audit.verify() : auditCheck;
    }

    /** A project without an audit trail. */
    public OpenedProject(Workspace workspace, Map<String, Integer> transformation, String notes,
            List<String> warnings) {
        this(workspace, transformation, notes, warnings, AuditTrail.empty(), null);
    }
}
