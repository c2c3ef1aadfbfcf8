package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.ColumnType;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.project.ProjectFormatException;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.anonymize.ModelSpec;
import org.veil.testing.DatasetRows;

class ProjectServiceTest {

    @TempDir
    Path folder;

    private final ProjectService projects = new ProjectService();

    private OpenedProject reopen(Path file) throws Exception {
        return projects.open(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    private Workspace importedWorkspace(Path data) throws Exception {
        ImportService imports = new ImportService();
        InputSource source = InputSource.of(data);
        var options = imports.detect(source);
        var dataset = imports.importDataset(new ImportRequest(source, options), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        return Workspace.of(dataset, source.name(), data, options);
    }

    @Test
    void savesAndReopensTheSampleProjectWithItsDataEmbeddedWhenItCameFromNoFile() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Workspace fromNoFile = new Workspace(sample.dataset(), sample.sourceName(), null, sample.configuration(),
                sample.readOptions());
        Path file = folder.resolve("sample.veil");

        projects.save(fromNoFile, Map.of("zip", 2, "birth_date", 3, "sex", 0, "ethnicity", 1), "checked by A.", file);
        OpenedProject opened = reopen(file);

        assertEquals(sample.configuration(), withSameHierarchies(opened.workspace().configuration(), sample.configuration()));
        assertEquals(sample.configuration().roles(), opened.workspace().configuration().roles());
        assertEquals(Map.of("zip", 2, "birth_date", 3, "sex", 0, "ethnicity", 1), opened.transformation());
        assertEquals("checked by A.", opened.notes());
        assertEquals(List.of(), opened.warnings());
        assertArrayEquals(DatasetRows.rows(sample.dataset()), DatasetRows.rows(opened.workspace().dataset()));
    }

    /** Hierarchies are compared by their rows, the rest of the configuration as it is. */
    private static Configuration withSameHierarchies(Configuration opened, Configuration saved) {
        assertEquals(saved.hierarchies().keySet(), opened.hierarchies().keySet());
        saved.hierarchies().forEach((column, assigned) -> {
            assertEquals(assigned.source(), opened.hierarchy(column).source());
            assertEquals(assigned.hierarchy().rows().size(), opened.hierarchy(column).hierarchy().rows().size());
            for (int r = 0; r < assigned.hierarchy().size(); r++) {
                assertArrayEquals(assigned.hierarchy().row(r), opened.hierarchy(column).hierarchy().row(r));
            }
        });
        Configuration result = opened;
        for (String column : saved.hierarchies().keySet()) {
            result = result.withHierarchy(column, saved.hierarchy(column));
        }
        return result;
    }

    @Test
    void referencesDataBesideTheProjectByARelativePathAndKeepsTypes() throws Exception {
        Path data = Files.writeString(folder.resolve("people.csv"), "name,age,born\nAnn,34,1990-01-02\nBen,51,1973-05-06\n");
        Workspace workspace = importedWorkspace(data);
        workspace = workspace.withDataset(workspace.dataset().withColumnType(1, ColumnType.DECIMAL))
                .withConfiguration(workspace.configuration().withRole("name", AttributeRole.IDENTIFYING)
                        .withModelAdded(new ModelSpec.KAnonymitySpec(2)).withSuppressionLimit(0.1)
                        .withMetric("entropy"));
        Path file = folder.resolve("people.veil");

        projects.save(workspace, Map.of(), "", file);
        Files.move(folder, folder.resolveSibling(folder.getFileName() + "-moved"));
        Path moved = folder.resolveSibling(folder.getFileName() + "-moved").resolve("people.veil");
        try {
            OpenedProject opened = reopen(moved);
            assertEquals(ColumnType.DECIMAL, opened.workspace().dataset().column("age").type());
            assertEquals(ColumnType.date("yyyy-MM-dd"), opened.workspace().dataset().column("born").type());
            assertEquals(AttributeRole.IDENTIFYING, opened.workspace().configuration().role("name"));
            assertEquals(0.1, opened.workspace().configuration().suppressionLimit());
            assertEquals("entropy", opened.workspace().configuration().metric());
            assertEquals(List.of(new ModelSpec.KAnonymitySpec(2)), opened.workspace().configuration().models());
            assertEquals(moved.resolveSibling("people.csv"), opened.workspace().inputFile(),
                    "the data is found beside the moved project");
        } finally {
            Files.move(folder.resolveSibling(folder.getFileName() + "-moved"), folder);
        }
    }

    @Test
    void warnsWhenTheDataChangedSinceSaving() throws Exception {
        Path data = Files.writeString(folder.resolve("d.csv"), "a,b\n1,2\n3,4\n");
        Path file = folder.resolve("d.veil");
        projects.save(importedWorkspace(data), Map.of(), "", file);
        Files.writeString(data, "a,b\n1,2\n3,5\n");

        OpenedProject opened = reopen(file);

        assertEquals(1, opened.warnings().size());
        assertTrue(opened.warnings().get(0).contains("changed since the project was saved"), opened.warnings().get(0));
    }

    @Test
    void saysWhereTheMissingDataFileWasExpected() throws Exception {
        Path data = Files.writeString(folder.resolve("gone.csv"), "a\n1\n");
        Path file = folder.resolve("gone.veil");
        projects.save(importedWorkspace(data), Map.of(), "", file);
        Files.delete(data);
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> reopen(file));
        assertTrue(e.getMessage().contains("gone.csv"), e.getMessage());
    }

    @Test
    void refusesDataThatLacksAConfiguredColumn() throws Exception {
        Path data = Files.writeString(folder.resolve("c.csv"), "a,b\n1,2\n");
        Path file = folder.resolve("c.veil");
        projects.save(importedWorkspace(data), Map.of(), "", file);
        Files.writeString(data, "a,x\n1,2\n");
        ProjectDataException e = assertThrows(ProjectDataException.class, () -> reopen(file));
        assertTrue(e.getMessage().contains("no column 'b'"), e.getMessage());
    }

    @Test
    void refusesAProjectFromANewerVeil() throws Exception {
        Path file = zip("newer.veil", "project.json", "{\"format\":\"veil-project\",\"version\":99}");
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> reopen(file));
        assertTrue(e.getMessage().contains("newer Veil"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNotProjects() throws Exception {
        Path text = Files.writeString(folder.resolve("text.veil"), "hello");
        assertThrows(ProjectFormatException.class, () -> reopen(text));
        Path other = zip("other.veil", "readme.txt", "hi");
        assertTrue(assertThrows(ProjectFormatException.class, () -> reopen(other)).getMessage()
                .contains("no project.json"));
        Path damaged = zip("damaged.veil", "project.json", "{\"format\":\"veil-project\",\"version\":1,");
        assertTrue(assertThrows(ProjectFormatException.class, () -> reopen(damaged)).getMessage().contains("damaged"));
    }

    @Test
    void savingOverAnExistingProjectReplacesItWhole() throws Exception {
        Path data = Files.writeString(folder.resolve("s.csv"), "a\n1\n");
        Path file = folder.resolve("s.veil");
        projects.save(importedWorkspace(data), Map.of(), "first", file);
        projects.save(importedWorkspace(data), Map.of(), "second", file);
        assertEquals("second", reopen(file).notes());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("s.csv", "s.veil"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertNull(reopen(file).workspace().configuration().hierarchy("a"));
    }

    @Test
    void savesTheBuilderOfABuiltHierarchyAndReopensTheHierarchyWithIt() throws Exception {
        Workspace people = PeopleWorkspace.create();
        Hierarchy zips = hierarchy(PeopleWorkspace.ZIP_HIERARCHY);
        MaskingBuilder masking = new MaskingBuilder(true, '0');
        DateBuilder dates = new DateBuilder("yyyy-MM-dd", List.of(DateBuilder.DateUnit.MONTH, DateBuilder.DateUnit.YEAR));
        Workspace workspace = people.withConfiguration(people.configuration()
                .withHierarchy("zip", new AssignedHierarchy(zips, "Masking from the right", masking))
                .withHierarchy("age", new AssignedHierarchy(hierarchy("34;*\n35;*"), "Dates by month", dates))
                .withHierarchy("sex", new AssignedHierarchy(hierarchy("female;*\nmale;*"), "sex.csv")));
        Path file = folder.resolve("built.veil");

        projects.save(workspace, Map.of(), "", file);
        Configuration opened = reopen(file).workspace().configuration();

        assertEquals(masking, opened.hierarchy("zip").builder());
        assertEquals(dates, opened.hierarchy("age").builder());
        assertNull(opened.hierarchy("sex").builder(), "an imported hierarchy has no builder");
        assertEquals("Masking from the right", opened.hierarchy("zip").source());
        assertArrayEquals(zips.rows().toArray(), opened.hierarchy("zip").hierarchy().rows().toArray(),
                "the hierarchy is the one saved, not rebuilt");
    }

    @Test
    void refusesAProjectWhoseBuilderSettingsWereTamperedWith() throws Exception {
        Workspace people = PeopleWorkspace.create();
        Workspace workspace = people.withConfiguration(people.configuration().withHierarchy("zip",
                new AssignedHierarchy(hierarchy(PeopleWorkspace.ZIP_HIERARCHY), "Masking", new MaskingBuilder(true, '0'))));
        Path file = folder.resolve("tampered.veil");
        projects.save(workspace, Map.of(), "", file);
        rewriteDocument(file, document -> ((ObjectNode) document.at("/hierarchies/zip/builder")).put("padding", ""));

        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> reopen(file));

        assertEquals("the builder of the hierarchy of 'zip' in the project is damaged: 'padding' must be a single"
                + " character, not ", e.getMessage());
    }

    private static Hierarchy hierarchy(String lines) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.split("\n")) {
            rows.add(line.split(";", -1));
        }
        return Hierarchy.of(rows);
    }

    /** Changes project.json inside a saved project, as someone editing the file by hand would. */
    private static void rewriteDocument(Path file, Consumer<JsonNode> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode document = json.readTree(entries.get("project.json"));
        change.accept(document);
        entries.put("project.json", json.writeValueAsBytes(document));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private Path zip(String name, String entry, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return Files.write(folder.resolve(name), bytes.toByteArray());
    }
}
