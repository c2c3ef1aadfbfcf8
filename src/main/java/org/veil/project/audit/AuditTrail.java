package org.veil.project.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An append-only, hash-chained log of what was done to a project. Each entry holds the hash of the
 * entry before, and its own hash covers all its fields including that one, so changing, removing or
 * reordering an entry breaks the chain at that entry. Immutable: {@link #append} returns a new trail.
 */
public final class AuditTrail {

    private static final AuditTrail EMPTY = new AuditTrail(List.of());

    private final List<AuditEntry> entries;

    private AuditTrail(List<AuditEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static AuditTrail empty() {
        return EMPTY;
    }

    /** A trail of entries as stored, unchecked: {@link #verify()} says whether they hold. */
    public static AuditTrail of(List<AuditEntry> entries) {
        return entries.isEmpty() ? EMPTY : new AuditTrail(entries);
    }

    /** The entries, oldest first. */
    public List<AuditEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The last entry's hash, or {@link AuditEntry#GENESIS} for an empty trail. */
    public String headHash() {
        return entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
    }

    /** This trail with one more entry, numbered and chained to the last, stamped with the clock's time. */
    public AuditTrail append(AuditKind kind, String description, Map<String, String> details, String user,
            Clock clock) {
        Objects.requireNonNull(kind, "kind");
        long sequence = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        List<AuditEntry> longer = new ArrayList<>(entries);
        longer.add(AuditEntry.create(sequence, clock.instant(), user, kind, description, details, headHash()));
        return new AuditTrail(longer);
    }

    /**
     * This trail with its last entry given one more detail (replacing one of the same key) and hashed
     * again. Only for an entry not yet written anywhere, e.g. a SAVE entry sealed with the hash of what
     * the save writes.
     *
     * @throws IllegalStateException if the trail is empty
     */
    public AuditTrail withLastDetail(String key, String value) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("the trail has no entry");
        }
        AuditEntry last = entries.get(entries.size() - 1);
        Map<String, String> details = new java.util.TreeMap<>(last.details());
        details.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        AuditEntry unsealed = new AuditEntry(last.sequence(), last.time(), last.user(), last.kind(),
                last.description(), details, last.previousHash(), "");
        List<AuditEntry> changed = new ArrayList<>(entries.subList(0, entries.size() - 1));
        changed.add(unsealed.withHash(unsealed.computeHash()));
        return new AuditTrail(changed);
    }

    /** Checks the chain: numbering, links and hashes, and reports the first entry where it breaks. */
    public AuditVerification verify() {
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            int position = i + 1;
            if (entry.sequence() != position) {
                return AuditVerification.broken(size(), position, "it is numbered " + entry.sequence()
                        + " where " + position + " was expected (an entry was removed, added or moved)");
            }
            if (!entry.previousHash().equals(previous)) {
                return AuditVerification.broken(size(), position,
                        "it does not link to the entry before (an entry was removed, changed or moved)");
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return AuditVerification.broken(size(), position, "its content does not match its hash (it was changed)");
            }
            previous = entry.hash();
        }
        return AuditVerification.intact(size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditTrail trail && trail.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "AuditTrail" + entries;
    }
}
