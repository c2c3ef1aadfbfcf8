package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.project.ProjectArchive;
import org.veil.project.ProjectDocument;
import org.veil.project.ProjectFormatException;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.service.anonymize.ModelSpec;

/**
 * The configuration hash a save records in its SAVE entry, the audit head in {@code project.json},
 * and format version 1 read by migration.
 */
class ProjectTamperTest {

    private static final Path VERSION_1 = Path.of("src", "test", "resources", "project", "people-v1.veil");
    private static final String SETTINGS_CHANGED = "The project's settings were changed outside Veil since it was saved";
    private static final String AUDIT_END = "The audit trail does not end with the entry project.json recorded";

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();
    private final AuditRecorder recorder = new AuditRecorder("ann",
            Clock.fixed(Instant.parse("2024-05-01T09:30:00Z"), ZoneOffset.UTC));

    private static Workspace people() throws Exception {
        Workspace people = PeopleWorkspace.create();
        List<String[]> rows = new ArrayList<>();
        for (String line : PeopleWorkspace.ZIP_HIERARCHY.split("\n")) {
            rows.add(line.split(";"));
        }
        return people.withConfiguration(people.configuration().withRole("zip", AttributeRole.QUASI_IDENTIFYING)
                .withRole("name", AttributeRole.IDENTIFYING)
                .withHierarchy("zip", new AssignedHierarchy(Hierarchy.of(rows), "Masking from the right",
                        new MaskingBuilder(true, '0')))
                .withModelAdded(new ModelSpec.KAnonymitySpec(2)).withSuppressionLimit(0.2));
    }

    private AuditTrail trail() {
        AuditTrail trail = recorder.record(AuditTrail.empty(), AuditKind.IMPORT, "Imported people.csv", Map.of());
        trail = recorder.record(trail, "Set role of zip to Quasi-identifying");
        return recorder.record(trail, AuditKind.SAVE, "Saved project people.veil", Map.of("file", "people.veil"));
    }

    private Path saved() throws Exception {
        Path file = folder.resolve("people.veil");
        projects.save(people(), Map.of("zip", 1), "checked", trail(), file);
        return file;
    }

    private OpenedProject open(Path file) throws Exception {
        return projects.open(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void theSaveEntryRecordsTheConfigurationHashAndProjectJsonTheAuditHead() throws Exception {
        Path file = folder.resolve("people.veil");
        AuditTrail written = projects.save(people(), Map.of("zip", 1), "checked", trail(), file);

        AuditEntry save = written.entries().get(2);
        assertEquals(AuditKind.SAVE, save.kind());
        assertEquals("people.veil", save.details().get("file"));
        assertTrue(save.details().get(ProjectArchive.CONTENT_SHA256).matches("[0-9a-f]{64}"), save.toString());
        assertTrue(written.verify().intact());
        ProjectArchive archive;
        try (InputStream in = Files.newInputStream(file)) {
            archive = ProjectArchive.read(in);
        }
        assertEquals(written, archive.audit());
        assertEquals(ProjectDocument.CURRENT_VERSION, archive.document().version());
        assertEquals(2, archive.document().version());
        assertEquals(written.headHash(), archive.document().auditHead());
        assertEquals(save.details().get(ProjectArchive.CONTENT_SHA256), archive.contentSha256());

        OpenedProject opened = open(file);
        assertEquals(List.of(), opened.warnings());
        assertTrue(opened.integrity().stream().allMatch(OpenedProject.Integrity::holds), opened.integrity().toString());
        assertTrue(opened.integrity().stream()
                .anyMatch(c -> c.text().equals("The configuration matches the hash recorded at the last save.")));
    }

    @Test
    void oneByteChangedInProjectJsonIsAWarningAndAFailedCheck() throws Exception {
        Path file = saved();
        Path tampered = rewrite(file, "project.json", json -> json.replace("0.2", "0.3"));

        OpenedProject opened = open(tampered);

        assertEquals(0.3, opened.workspace().configuration().suppressionLimit());
        assertEquals(1, opened.warnings().size(), opened.warnings().toString());
        assertTrue(opened.warnings().get(0).startsWith(SETTINGS_CHANGED), opened.warnings().get(0));
        assertTrue(opened.auditCheck().intact(), "the chain itself is untouched");
        ProjectVerification.Result result = new ProjectVerification().verify(tampered, null, ProgressListener.NONE,
                CancellationToken.NONE);
        assertFalse(result.allHold());
        assertEquals(1, result.checks().stream().filter(c -> !c.holds()).count(), result.toString());
        assertTrue(result.checks().stream().anyMatch(c -> !c.holds() && c.text().startsWith(SETTINGS_CHANGED)),
                result.toString());
        assertTrue(result.checks().stream().anyMatch(c -> c.holds() && c.text().startsWith("The data matches")),
                "the settings warning is not taken for a data warning: " + result);
    }

    @Test
    void aChangedHierarchyEntryIsDetected() throws Exception {
        Path tampered = rewrite(saved(), "hierarchies/01-zip.csv", csv -> csv.replace("1011*", "1010*"));

        OpenedProject opened = open(tampered);

        assertEquals(1, opened.warnings().size(), opened.warnings().toString());
        assertTrue(opened.warnings().get(0).startsWith(SETTINGS_CHANGED), opened.warnings().get(0));
    }

    @Test
    void editingTheAuditHeadInProjectJsonIsDetected() throws Exception {
        Path file = saved();
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = ProjectArchive.read(in).document().auditHead();
        }
        Path tampered = rewrite(file, "project.json", json -> json.replace(head, "1" + head.substring(1)));

        OpenedProject opened = open(tampered);

        assertTrue(opened.warnings().stream().anyMatch(w -> w.startsWith(AUDIT_END)), opened.warnings().toString());
    }

    @Test
    void cuttingTheLastAuditEntryIsDetected() throws Exception {
        Path tampered = rewrite(saved(), "audit.jsonl",
                jsonl -> jsonl.substring(0, jsonl.stripTrailing().lastIndexOf('\n') + 1));

        OpenedProject opened = open(tampered);

        assertEquals(2, opened.audit().size());
        assertTrue(opened.auditCheck().intact(), "the chain alone does not notice a cut end");
        assertTrue(opened.warnings().stream().anyMatch(w -> w.startsWith(AUDIT_END)), opened.warnings().toString());
        ProjectVerification.Result result = new ProjectVerification().verify(tampered, null, ProgressListener.NONE,
                CancellationToken.NONE);
        assertTrue(result.checks().stream().anyMatch(c -> !c.holds() && c.text().startsWith(AUDIT_END)),
                result.toString());
    }

    @Test
    void aSaveWithoutATrailRecordsTheEmptyHeadAndOpensCleanly() throws Exception {
        Path file = folder.resolve("plain.veil");
        assertEquals(AuditTrail.empty(), projects.save(people(), Map.of(), "", AuditTrail.empty(), file));

        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(AuditEntry.GENESIS, ProjectArchive.read(in).document().auditHead());
        }
        assertEquals(List.of(), open(file).warnings());
    }

    @Test
    void aTrailNotEndingWithASaveIsWrittenUnchanged() throws Exception {
        Path file = folder.resolve("copy.veil");
        AuditTrail trail = recorder.record(trail(), "Set role of sex to Quasi-identifying");

        assertEquals(trail, projects.save(people(), Map.of(), "", trail, file));
        assertEquals(List.of(), open(file).warnings(), "an earlier SAVE's hash is of an earlier configuration");
    }

    @Test
    void theVersion1FixtureOpensWithTheSameConfigurationAndIsSavedAsVersion2() throws Exception {
        ProjectArchive archive;
        try (InputStream in = Files.newInputStream(VERSION_1)) {
            archive = ProjectArchive.read(in);
        }
        assertEquals(2, archive.document().version(), "migrated in memory");
        assertNull(archive.document().auditHead());
        assertNull(archive.document().hierarchies().get("zip").builder());

        OpenedProject opened = open(VERSION_1);

        assertEquals(List.of(), opened.warnings());
        Configuration expected = people().configuration();
        Configuration configuration = opened.workspace().configuration();
        assertEquals(expected.roles(), configuration.roles());
        assertEquals(expected.models(), configuration.models());
        assertEquals(0.2, configuration.suppressionLimit());
        assertEquals("loss", configuration.metric());
        assertEquals(Map.of("zip", 1), opened.transformation());
        assertEquals("zip.csv", configuration.hierarchy("zip").source());
        Hierarchy zips = configuration.hierarchy("zip").hierarchy();
        Hierarchy expectedZips = expected.hierarchy("zip").hierarchy();
        assertEquals(expectedZips.size(), zips.size());
        for (int r = 0; r < zips.size(); r++) {
            assertArrayEquals(expectedZips.row(r), zips.row(r));
        }
        assertEquals(6, opened.workspace().dataset().rowCount());

        Path again = folder.resolve("again.veil");
        projects.save(opened.workspace(), opened.transformation(), opened.notes(), opened.audit(), again);
        JsonNode json = new ObjectMapper().readTree(entries(again).get("project.json"));
        assertEquals(2, json.get("version").asInt());
        assertEquals(AuditEntry.GENESIS, json.get("auditHead").asText());
    }

    @Test
    void version3IsRefusedNamingBothVersions() throws Exception {
        Path file = saved();
        Path newer = rewrite(file, "project.json", json -> json.replace("\"version\" : 2", "\"version\" : 3"));

        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> open(newer));

        assertTrue(e.getMessage().contains("newer Veil (format version 3; this Veil reads up to 2)"), e.getMessage());
    }

    @Test
    void aCurrentSaveChangesTheHashOnlyWithTheConfiguration() throws Exception {
        Path one = folder.resolve("one.veil");
        Path two = folder.resolve("two.veil");
        String first = lastHash(projects.save(people(), Map.of(), "a", trail(), one));
        String same = lastHash(projects.save(people(), Map.of(), "a", trail(), two));
        String other = lastHash(projects.save(people(), Map.of(), "b", trail(), two));

        assertEquals(first, same);
        assertNotEquals(first, other);
    }

    private static String lastHash(AuditTrail trail) {
        return trail.entries().get(trail.size() - 1).details().get(ProjectArchive.CONTENT_SHA256);
    }

    /** A copy of a project ZIP with the text of one entry changed. */
    private Path rewrite(Path source, String name, UnaryOperator<String> change) throws Exception {
        Path target = folder.resolve("tampered-" + source.getFileName());
        Map<String, byte[]> entries = entries(source);
        String before = new String(entries.get(name), StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertNotEquals(before, after, "the test changes something");
        entries.put(name, after.getBytes(StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return target;
    }

    private static Map<String, byte[]> entries(Path file) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                zip.transferTo(bytes);
                entries.put(entry.getName(), bytes.toByteArray());
            }
        }
        return entries;
    }
}
