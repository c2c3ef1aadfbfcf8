package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.excel.ExcelReadOptions;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.service.ExportService;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.SampleData;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.testing.DatasetRows;

/**
 * The data of a saved project: referenced by default, embedded when the user chooses so — the input
 * file's own bytes, so the recorded SHA-256 is the file's and the project opens, runs and verifies
 * without the file.
 */
class ProjectDataStorageTest {

    /** Semicolons, "NA" for missing, a UTF-8 name: settings that a re-export as default CSV would lose. */
    private static final String CSV = "name;zip;age;sex;diagnosis\nAnn;10001;34;female;flu\nBen;10001;NA;male;flu\n"
            + "Zoë;10002;41;female;asthma\n";
    private static final CsvReadOptions CSV_OPTIONS = CsvReadOptions.defaults().withDelimiter(';')
            .withMissingTokens(Set.of("NA"));

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();

    private static Workspace imported(Path file, ReadOptions options) throws Exception {
        InputSource source = InputSource.of(file);
        var dataset = new ImportService().importDataset(new ImportRequest(source, options), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        return Workspace.of(dataset, source.name(), file, options);
    }

    private OpenedProject open(Path project) throws Exception {
        return projects.open(project, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The entries of a plain project file by name. */
    private static Map<String, byte[]> entries(Path project) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(project))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode data(Path project) throws Exception {
        return new ObjectMapper().readTree(entries(project).get("project.json")).get("data");
    }

    @Test
    void embeddingACsvFileStoresItsOwnBytesAndHashAndTheProjectOpensWithoutTheFile() throws Exception {
        Path csv = Files.writeString(folder.resolve("people.csv"), CSV, StandardCharsets.UTF_8);
        byte[] original = Files.readAllBytes(csv);
        Workspace workspace = imported(csv, CSV_OPTIONS);
        workspace = workspace.withConfiguration(workspace.configuration().withRole("zip",
                AttributeRole.QUASI_IDENTIFYING));
        Path project = folder.resolve("people.veil");

        projects.save(workspace, Map.of(), "", AuditTrail.empty(), project, null, DataStorage.EMBED);

        assertArrayEquals(original, entries(project).get("data/people.csv"), "the file's bytes, not a re-export");
        JsonNode data = data(project);
        assertTrue(data.get("file").isNull());
        assertEquals("data/people.csv", data.get("embedded").asText());
        assertEquals(AuditRecorder.sha256(csv), data.get("sha256").asText());
        assertEquals(original.length, data.get("size").asLong());
        assertEquals(";", data.get("read").get("delimiter").asText(), "read as it was imported");

        Files.delete(csv);
        OpenedProject opened = open(project);
        assertEquals(List.of(), opened.warnings());
        assertNull(opened.workspace().inputFile(), "the data has no file of its own now");
        assertEquals(CSV_OPTIONS, opened.workspace().readOptions());
        assertArrayEquals(DatasetRows.rows(workspace.dataset()), DatasetRows.rows(opened.workspace().dataset()));
        assertEquals(AttributeRole.QUASI_IDENTIFYING, opened.workspace().configuration().role("zip"));
    }

    @Test
    void byReferenceIsTheDefaultAndLeavesTheDataOut() throws Exception {
        Path csv = Files.writeString(folder.resolve("people.csv"), CSV, StandardCharsets.UTF_8);
        Workspace workspace = imported(csv, CSV_OPTIONS);
        Path project = folder.resolve("people.veil");

        projects.save(workspace, Map.of(), "", AuditTrail.empty(), project, null);

        assertTrue(entries(project).keySet().stream().noneMatch(name -> name.startsWith("data/")),
                entries(project).keySet().toString());
        assertEquals("people.csv", data(project).get("file").asText());
        assertTrue(data(project).get("embedded").isNull());
        Files.delete(csv);
        assertThrows(NoSuchFileException.class, () -> open(project));
    }

    @Test
    void savingAProjectOpenedWithEmbeddedDataEmbedsTheSameBytesAgain() throws Exception {
        Path csv = Files.writeString(folder.resolve("people.csv"), CSV, StandardCharsets.UTF_8);
        byte[] original = Files.readAllBytes(csv);
        Path first = folder.resolve("first.veil");
        projects.save(imported(csv, CSV_OPTIONS), Map.of(), "", AuditTrail.empty(), first, null, DataStorage.EMBED);
        Files.delete(csv);
        Workspace reopened = open(first).workspace();
        Path second = folder.resolve("second.veil");

        // asked for by reference, as Ctrl+S of a referenced project would: the data has no file, so it stays in
        projects.save(reopened, Map.of(), "", AuditTrail.empty(), second, null, DataStorage.REFERENCE);

        assertArrayEquals(original, entries(second).get("data/people.csv"), "not re-exported as default CSV");
        assertEquals(data(first).get("sha256"), data(second).get("sha256"));
        assertEquals(data(first).get("read"), data(second).get("read"));
        assertEquals(List.of(), open(second).warnings());
    }

    @Test
    void embeddingAWorkbookKeepsItsBytesAndSheetSettings() throws Exception {
        Path xlsx = folder.resolve("people.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not the data");
            Sheet sheet = workbook.createSheet("People");
            Object[][] rows = {{"title row"}, {"name", "age", "sex"}, {"Ann", 34, "female"}, {"Ben", "-", "male"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }
        byte[] original = Files.readAllBytes(xlsx);
        ExcelReadOptions options = new ExcelReadOptions("People", 1, true, Set.of("-"));
        Workspace workspace = imported(xlsx, options);
        assertEquals(2, workspace.dataset().rowCount());
        Path project = folder.resolve("people.veil");

        projects.save(workspace, Map.of(), "", AuditTrail.empty(), project, null, DataStorage.EMBED);

        assertArrayEquals(original, entries(project).get("data/people.xlsx"));
        assertEquals(AuditRecorder.sha256(xlsx), data(project).get("sha256").asText());
        assertEquals("excel", data(project).get("read").get("kind").asText());
        Files.delete(xlsx);
        OpenedProject opened = open(project);
        assertEquals(List.of(), opened.warnings());
        assertEquals(options, opened.workspace().readOptions());
        assertArrayEquals(DatasetRows.rows(workspace.dataset()), DatasetRows.rows(opened.workspace().dataset()));
    }

    @Test
    void anEmbeddedProjectIsRunAndVerifiedWithoutItsDataFile() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Path csv = folder.resolve("patients.csv");
        try (InputStream in = SampleData.source(SampleData.HEALTH).open()) {
            Files.write(csv, in.readAllBytes());
        }
        Workspace workspace = new Workspace(sample.dataset(), "patients.csv", csv, sample.configuration(),
                sample.readOptions());
        AnonymizationOutcome outcome = new AnonymizationService().anonymize(
                ConfigurationCheck.request(workspace.configuration(), workspace.dataset()), ProgressListener.NONE,
                CancellationToken.NONE);
        Transformed optimum = outcome.optimum().orElseThrow();
        Path export = folder.resolve("released.csv");
        new ExportService().exportCsv(optimum.output(), export, ExportService.defaultCsvOptions(), csv,
                ProgressListener.NONE, CancellationToken.NONE);
        AuditRecorder recorder = new AuditRecorder("test", Clock.fixed(Instant.parse("2024-05-01T09:00:00Z"),
                ZoneOffset.UTC));
        AuditTrail trail = recorder.record(AuditTrail.empty(), AuditKind.EXPORT, "Export released.csv", Map.of(
                "file", "released.csv", "sha256", AuditRecorder.sha256(export), "format", "CSV"));
        trail = recorder.record(trail, AuditKind.SAVE, "Saved project patients.veil", Map.of("data", "embedded"));
        Path project = folder.resolve("patients.veil");
        projects.save(workspace, optimum.levels(), "", trail, project, null, DataStorage.EMBED);
        Files.delete(csv);

        ProjectVerification.Result verified = new ProjectVerification().verify(project, null, ProgressListener.NONE,
                CancellationToken.NONE);
        assertTrue(verified.allHold(), verified.checks().toString());

        Path again = folder.resolve("again.csv");
        ProjectReplay.Replayed replayed = new ProjectReplay().replay(project, null, again, warning -> { },
                ProgressListener.NONE, CancellationToken.NONE);
        assertNull(replayed.dataFile(), "read from the project");
        assertEquals(AuditRecorder.sha256(export), replayed.outputSha256());
        assertFalse(Files.exists(csv));
    }
}
