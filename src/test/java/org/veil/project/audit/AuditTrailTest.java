package org.veil.project.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.veil.project.ProjectFormatException;

/** The hash chain: appending, verifying, and that any change to any entry is caught at that entry. */
class AuditTrailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T09:30:00Z"), ZoneOffset.UTC);

    private static AuditTrail fourEntries() {
        return AuditTrail.empty()
                .append(AuditKind.IMPORT, "Imported patients.csv", Map.of("rows", "100"), "ann", CLOCK)
                .append(AuditKind.ROLE, "Set role of zip to Quasi-identifying", Map.of(), "ann", CLOCK)
                .append(AuditKind.RUN, "Anonymized", Map.of("optimum", "{zip=2}", "millis", "12"), "ann", CLOCK)
                .append(AuditKind.EXPORT, "Exported to out.csv", Map.of("sha256", "ab12"), "bob", CLOCK);
    }

    private static AuditTrail changed(AuditTrail trail, int index, UnaryOperator<AuditEntry> change) {
        List<AuditEntry> entries = new ArrayList<>(trail.entries());
        entries.set(index, change.apply(entries.get(index)));
        return AuditTrail.of(entries);
    }

    @Test
    void appendsNumberedChainedEntriesAndVerifiesThem() {
        AuditTrail trail = fourEntries();

        assertEquals(4, trail.size());
        assertEquals(AuditEntry.GENESIS, trail.entries().get(0).previousHash());
        for (int i = 0; i < 4; i++) {
            AuditEntry entry = trail.entries().get(i);
            assertEquals(i + 1, entry.sequence());
            assertEquals(64, entry.hash().length());
            assertEquals("2024-05-01T09:30:00Z", entry.time());
            if (i > 0) {
                assertEquals(trail.entries().get(i - 1).hash(), entry.previousHash());
            }
        }
        assertEquals(AuditVerification.intact(4), trail.verify());
        assertEquals("Audit trail intact (4 entries)", trail.verify().describe());
        assertTrue(AuditTrail.empty().verify().intact());
    }

    @Test
    void appendingLeavesTheOriginalAlone() {
        AuditTrail trail = fourEntries();
        AuditTrail longer = trail.append(AuditKind.SAVE, "Saved", Map.of(), "ann", CLOCK);
        assertEquals(4, trail.size());
        assertEquals(5, longer.size());
        assertEquals(trail.entries(), longer.entries().subList(0, 4));
    }

    @Test
    void aChangeToAnyFieldOfAnyEntryBreaksTheChainAtThatEntry() {
        AuditTrail trail = fourEntries();
        List<UnaryOperator<AuditEntry>> changes = List.of(
                e -> new AuditEntry(e.sequence(), e.time(), e.user(), e.kind(), e.description() + "!", e.details(),
                        e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), "2024-05-01T09:31:00Z", e.user(), e.kind(), e.description(),
                        e.details(), e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), e.time(), "mallory", e.kind(), e.description(), e.details(),
                        e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), e.time(), e.user(), AuditKind.OTHER, e.description(), e.details(),
                        e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), e.time(), e.user(), e.kind(), e.description(),
                        Map.of("sha256", "ffff"), e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), e.time(), e.user(), e.kind(), e.description(), e.details(),
                        "1".repeat(64), e.hash()),
                e -> new AuditEntry(e.sequence() + 10, e.time(), e.user(), e.kind(), e.description(), e.details(),
                        e.previousHash(), e.hash()),
                e -> new AuditEntry(e.sequence(), e.time(), e.user(), e.kind(), e.description(), e.details(),
                        e.previousHash(), "0".repeat(64)));
        for (int index = 0; index < trail.size(); index++) {
            for (int c = 0; c < changes.size(); c++) {
                AuditVerification result = changed(trail, index, changes.get(c)).verify();
                assertFalse(result.intact(), "change " + c + " of entry " + (index + 1));
                assertEquals(index + 1, result.brokenAt(), "change " + c + " of entry " + (index + 1));
            }
        }
    }

    @Test
    void aChangedEntryWithARecomputedHashStillBreaksTheLinkOfTheNext() {
        AuditTrail trail = fourEntries();
        AuditEntry second = trail.entries().get(1);
        AuditEntry forged = AuditEntry.create(2, Instant.parse("2024-05-01T09:30:00Z"), "ann", AuditKind.ROLE,
                "Set role of zip to Insensitive", Map.of(), second.previousHash());

        AuditVerification result = changed(trail, 1, e -> forged).verify();

        assertEquals(3, result.brokenAt());
        assertTrue(result.describe().startsWith("Audit trail broken at entry 3: "), result.describe());
    }

    @Test
    void removingOrReorderingEntriesIsCaughtWhereTheyWere() {
        AuditTrail trail = fourEntries();
        List<AuditEntry> removed = new ArrayList<>(trail.entries());
        removed.remove(1);
        assertEquals(2, AuditTrail.of(removed).verify().brokenAt());

        List<AuditEntry> firstRemoved = new ArrayList<>(trail.entries());
        firstRemoved.remove(0);
        assertEquals(1, AuditTrail.of(firstRemoved).verify().brokenAt());

        List<AuditEntry> swapped = new ArrayList<>(trail.entries());
        swapped.set(2, trail.entries().get(3));
        swapped.set(3, trail.entries().get(2));
        assertEquals(3, AuditTrail.of(swapped).verify().brokenAt());
    }

    @Test
    void theHashCoversACanonicalJsonWithSortedDetails() {
        AuditEntry entry = AuditEntry.create(1, Instant.parse("2024-05-01T09:30:00Z"), "ann", AuditKind.EXPORT,
                "Exported", Map.of("z", "1", "a", "2"), AuditEntry.GENESIS);
        assertEquals("{\"sequence\":1,\"time\":\"2024-05-01T09:30:00Z\",\"user\":\"ann\",\"kind\":\"EXPORT\","
                + "\"description\":\"Exported\",\"details\":{\"a\":\"2\",\"z\":\"1\"},\"previousHash\":\""
                + AuditEntry.GENESIS + "\"}", entry.canonicalJson());
    }

    @Test
    void jsonLinesRoundTripKeepsEveryEntryAndTheChain() throws Exception {
        AuditTrail trail = fourEntries().append(AuditKind.OTHER, "Ünïcode \"quoted\"\nline", Map.of(), "ann", CLOCK);

        byte[] jsonl = AuditJsonl.write(trail);
        String text = new String(jsonl, StandardCharsets.UTF_8);

        assertEquals(5, text.lines().count(), "one object per line");
        AuditTrail read = AuditJsonl.read(jsonl);
        assertEquals(trail, read);
        assertTrue(read.verify().intact());
        assertEquals(AuditTrail.empty(), AuditJsonl.read(new byte[0]));
    }

    @Test
    void aMalformedLineIsReportedByNumber() {
        String good = new String(AuditJsonl.write(fourEntries()), StandardCharsets.UTF_8);
        String[] lines = good.split("\n");
        lines[2] = lines[2].substring(0, lines[2].length() - 3);
        ProjectFormatException e = assertThrows(ProjectFormatException.class,
                () -> AuditJsonl.read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());

        ProjectFormatException kind = assertThrows(ProjectFormatException.class, () -> AuditJsonl.read(
                (lines[0] + "\n" + lines[1].replace("\"ROLE\"", "\"NOPE\"")).getBytes(StandardCharsets.UTF_8)));
        assertTrue(kind.getMessage().contains("line 2"), kind.getMessage());
    }
}
