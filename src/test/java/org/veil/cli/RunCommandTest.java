package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.ConfigurationCheck;
import org.veil.service.workspace.OpenedProject;
import org.veil.service.workspace.ProjectService;
import org.veil.service.workspace.SampleProject;
import org.veil.service.workspace.Workspace;
import org.veil.ui.export.ExportDialogViewModel;

/** {@code veil run}: the workbench's export of a saved project, byte for byte; arguments and exit codes. */
class RunCommandTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final Path PROJECT = HEALTH.resolve("patients.veil");
    private static final Path DATA = HEALTH.resolve("patients.csv");

    @TempDir
    Path dir;

    /** What the workbench writes: open, Anonymize, the saved transformation selected, Export with its defaults. */
    private static Path exportLikeTheWorkbench(Path project, Path target) throws Exception {
        OpenedProject opened = new ProjectService().open(project, ProgressListener.NONE, CancellationToken.NONE);
        Workspace workspace = opened.workspace();
        AnonymizationOutcome outcome = new AnonymizationService().anonymize(
                ConfigurationCheck.request(workspace.configuration(), workspace.dataset()), ProgressListener.NONE,
                CancellationToken.NONE);
        // AnonymizationModel: the optimum first, then the preselected (saved) transformation if it differs
        Transformed selected = outcome.optimum().orElseThrow();
        Map<String, Integer> order = outcome.anonymization().levelsByName(0);
        int node = outcome.anonymization().lattice().index(
                order.keySet().stream().mapToInt(opened.transformation()::get).toArray());
        if (node != outcome.result().space().optimum()) {
            selected = outcome.anonymization().apply(node);
        }
        // ExportViewModel.export with the Export step's form untouched
        CsvWriteOptions guiDefaults = new ExportDialogViewModel().settings().csvOptions();
        new ExportService().exportCsv(selected.output(), target, guiDefaults, workspace.inputFile(),
                ProgressListener.NONE, CancellationToken.NONE);
        return target;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void writesTheSampleProjectsExportByteForByteAsTheWorkbenchDoes() throws Exception {
        Path out = dir.resolve("tmp").resolve("out.csv");
        Files.createDirectories(out.getParent());

        CommandRun run = CommandRun.of("run", PROJECT.toString(), "--output", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        Path gui = exportLikeTheWorkbench(PROJECT, dir.resolve("gui.csv"));
        assertEquals(-1, Files.mismatch(out, gui), "veil run and the workbench's export differ");
        assertTrue(run.out().contains(sha256(out)), run.toString());
        assertTrue(run.out().contains("saved, the optimum"), run.toString());
        assertEquals("", run.err(), run.toString());
    }

    @Test
    void theReplayUsesTheExportStepsDefaultOptions() {
        assertEquals(new ExportDialogViewModel().settings().csvOptions(), ExportService.defaultCsvOptions());
    }

    @Test
    void readsTheDataGivenWithInputAndWarnsWhenItDiffersFromTheProjectsData() throws Exception {
        Path copy = Files.copy(DATA, dir.resolve("copy.csv"));
        Path same = dir.resolve("same.csv");
        CommandRun run = CommandRun.of("run", PROJECT.toString(), "--input", copy.toString(), "--output",
                same.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("", run.err(), run.toString());
        assertEquals(-1, Files.mismatch(same, exportLikeTheWorkbench(PROJECT, dir.resolve("gui.csv"))));

        List<String> lines = Files.readAllLines(DATA);
        Path fewer = dir.resolve("fewer.csv");
        Files.write(fewer, lines.subList(0, lines.size() - 100));
        Path out = dir.resolve("fewer-anonymized.csv");
        run = CommandRun.of("run", PROJECT.toString(), "--input", fewer.toString(), "--output", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Warning") && run.err().contains("fewer.csv")
                && run.err().contains("SHA-256 differs"), run.toString());
        assertEquals(lines.size() - 100, Files.readAllLines(out).size());
    }

    @Test
    void namesTheMissingDataFileAndSuggestsInput() throws Exception {
        Path project = Files.copy(PROJECT, dir.resolve("moved.veil"));
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.of("run", project.toString(), "--output", out.toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains(dir.resolve("patients.csv").toAbsolutePath().toString()), run.toString());
        assertTrue(run.err().contains("--input"), run.toString());
        assertFalse(Files.exists(out));

        run = CommandRun.of("run", project.toString(), "--input", DATA.toString(), "--output", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    @Test
    void refusesToWriteOverTheDataOrTheProject() throws Exception {
        byte[] data = Files.readAllBytes(DATA);
        byte[] project = Files.readAllBytes(PROJECT);

        CommandRun overData = CommandRun.of("run", PROJECT.toString(), "--output", DATA.toString());
        CommandRun overProject = CommandRun.of("run", PROJECT.toString(), "--output", PROJECT.toString());
        Path input = Files.copy(DATA, dir.resolve("input.csv"));
        CommandRun overInput = CommandRun.of("run", PROJECT.toString(), "--input", input.toString(), "--output",
                input.toString());

        for (CommandRun run : List.of(overData, overProject, overInput)) {
            assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
            assertTrue(run.err().contains("Refusing to write the output over"), run.toString());
        }
        assertArrayEquals(data, Files.readAllBytes(DATA));
        assertArrayEquals(project, Files.readAllBytes(PROJECT));
        assertArrayEquals(data, Files.readAllBytes(input));
    }

    @Test
    void aSavedTransformationThatIsNotAnonymousExitsWith3AndWritesNothing() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Path project = dir.resolve("bottom.veil");
        new ProjectService().save(sample, Map.of("zip", 0, "birth_date", 0, "sex", 0, "ethnicity", 0), "", project);
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.of("run", project.toString(), "--output", out.toString());

        assertEquals(ExitCodes.NOT_ANONYMOUS, run.exitCode(), run.toString());
        assertTrue(run.err().contains("is not anonymous"), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aSavedTransformationOutsideTheSolutionSpaceIsABadProject() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Path project = dir.resolve("outside.veil");
        new ProjectService().save(sample, Map.of("zip", 99, "birth_date", 0, "sex", 0, "ethnicity", 0), "", project);

        CommandRun run = CommandRun.of("run", project.toString(), "--output", dir.resolve("out.csv").toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("not in the solution space"), run.toString());
    }

    @Test
    void embeddedDataWithoutASavedTransformationReleasesTheOptimum() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        Workspace fromNoFile = new Workspace(sample.dataset(), sample.sourceName(), null, sample.configuration(),
                sample.readOptions());
        Path project = dir.resolve("embedded.veil");
        new ProjectService().save(fromNoFile, Map.of(), "", project);
        Path out = dir.resolve("out.csv");

        CommandRun run = CommandRun.of("run", project.toString(), "--output", out.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("(embedded)") && run.out().contains("none was saved"), run.toString());
        assertEquals(-1, Files.mismatch(out, exportLikeTheWorkbench(PROJECT, dir.resolve("gui.csv"))));
    }

    @Test
    void aMissingProjectIsABadArgument() {
        CommandRun run = CommandRun.of("run", dir.resolve("none.veil").toString(), "--output",
                dir.resolve("out.csv").toString());

        assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.toString());
        assertTrue(run.err().contains("none.veil"), run.toString());
    }
}
