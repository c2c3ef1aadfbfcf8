package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;

/** The audit trail saved inside a project, read back and checked on opening. */
class ProjectAuditTest {

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();
    private final AuditRecorder recorder = new AuditRecorder("ann",
            Clock.fixed(Instant.parse("2024-05-01T09:30:00Z"), ZoneOffset.UTC));

    private AuditTrail trail() {
        AuditTrail trail = recorder.record(AuditTrail.empty(), AuditKind.IMPORT, "Imported people.csv",
                Map.of("rows", "6"));
        trail = recorder.record(trail, "Set role of zip to Quasi-identifying");
        trail = recorder.record(trail, AuditKind.EXPORT, "Exported to people-anonymized.csv",
                Map.of("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        return recorder.record(trail, AuditKind.SAVE, "Saved project people.veil", Map.of());
    }

    private OpenedProject open(Path file) throws Exception {
        return projects.open(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void saveThenOpenKeepsTheTrailAndFindsItIntact() throws Exception {
        Path file = folder.resolve("people.veil");
        AuditTrail trail = trail();

        AuditTrail written = projects.save(PeopleWorkspace.create(), Map.of(), "", trail, file);
        OpenedProject opened = open(file);

        assertEquals(written, opened.audit());
        assertEquals(trail.entries().subList(0, 3), written.entries().subList(0, 3));
        assertEquals(trail.entries().get(3).description(), written.entries().get(3).description());
        assertTrue(opened.auditCheck().intact());
        assertEquals("Audit trail intact (4 entries)", opened.auditCheck().describe());
        assertTrue(opened.warnings().isEmpty(), opened.warnings().toString());
    }

    @Test
    void aProjectWithoutTrailOpensWithAnEmptyOne() throws Exception {
        Path file = folder.resolve("old.veil");
        projects.save(PeopleWorkspace.create(), Map.of(), "", file);

        assertFalse(entries(file).containsKey("audit.jsonl"), "an empty trail is not written");
        OpenedProject opened = open(file);
        assertTrue(opened.audit().isEmpty());
        assertTrue(opened.auditCheck().intact());
    }

    @Test
    void oneByteChangedInADescriptionInsideTheZipIsReportedAtThatEntry() throws Exception {
        Path file = folder.resolve("people.veil");
        projects.save(PeopleWorkspace.create(), Map.of(), "", trail(), file);
        Map<String, byte[]> entries = entries(file);
        String jsonl = new String(entries.get("audit.jsonl"), StandardCharsets.UTF_8);
        int at = jsonl.indexOf("Set role of zip to Quasi");
        byte[] bytes = entries.get("audit.jsonl");
        int offset = jsonl.substring(0, at).getBytes(StandardCharsets.UTF_8).length + "Set role of ".length();
        assertEquals('z', bytes[offset]);
        bytes[offset] = 'x'; // "Set role of xip …"
        rewrite(file, entries);

        OpenedProject opened = open(file);

        assertFalse(opened.auditCheck().intact());
        assertEquals(2, opened.auditCheck().brokenAt());
        assertTrue(opened.auditCheck().describe().startsWith("Audit trail broken at entry 2: "));
        assertTrue(opened.warnings().stream().anyMatch(w -> w.startsWith("Audit trail broken at entry 2")),
                opened.warnings().toString());
        assertEquals("Set role of xip to Quasi-identifying", opened.audit().entries().get(1).description());
        assertArrayEquals(bytes, entries(file).get("audit.jsonl"));
    }

    private static Map<String, byte[]> entries(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static void rewrite(Path file, Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }
}
