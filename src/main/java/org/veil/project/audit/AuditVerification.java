package org.veil.project.audit;

/**
 * Whether an audit trail's hash chain holds.
 *
 * @param intact   true if every entry is in place and unchanged
 * @param entries  how many entries the trail has
 * @param brokenAt the position (1 for the first entry) of the first entry where the chain breaks, or 0 if intact
 * @param reason   why the chain breaks there, or empty
 */
public record AuditVerification(boolean intact, int entries, int brokenAt, String reason) {

    public static AuditVerification intact(int entries) {
        return new AuditVerification(true, entries, 0, "");
    }

    public static AuditVerification broken(int entries, int brokenAt, String reason) {
        return new AuditVerification(false, entries, brokenAt, reason);
    }

    /** E.g. {@code Audit trail intact (12 entries)} or {@code Audit trail broken at entry 3: …}. */
    public String describe() {
        return intact ? "Audit trail intact (" + entries + (entries == 1 ? " entry)" : " entries)")
                : "Audit trail broken at entry " + brokenAt + ": " + reason;
    }
}
