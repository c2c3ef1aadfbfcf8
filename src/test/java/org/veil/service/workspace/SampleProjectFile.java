package org.veil.service.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
import org.veil.project.audit.AuditKind;
import org.veil.project.audit.AuditTrail;
import org.veil.service.ExportService;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationService;

/**
 * Writes {@code sample-data/health/patients.veil}: the sample project ({@link SampleProject#health})
 * saved by {@link ProjectService} as the workbench saves it, with the optimum chosen and the data
 * referenced as {@code patients.csv} beside it. Run from the repository root (see
 * {@code sample-data/health/README.md}): {@link ProjectSampleFileTest} does it on request.
 */
final class SampleProjectFile {

    static final Path FILE = Path.of("sample-data", "health", "patients.veil");
    static final String NOTES = "The sample project: 5-anonymity, at most 5% of the records suppressed, the optimum"
            + " chosen. Written by SampleProjectFile (see README.md).";

    private SampleProjectFile() {
    }

    /** The sample workspace, its data read from {@code sample-data/health/patients.csv}. */
    static Workspace workspace() throws Exception {
        Workspace sample = SampleProject.health(ProgressListener.NONE, CancellationToken.NONE);
        if (sample.inputFile() == null) {
            throw new IllegalStateException("run from the repository root, where sample-data/health/ is");
        }
        return sample;
    }

    /** The optimum of the sample workspace, as the workbench's Anonymize finds it. */
    static Map<String, Integer> optimum(Workspace workspace) throws Exception {
        AnonymizationOutcome outcome = new AnonymizationService().anonymize(
                ConfigurationCheck.request(workspace.configuration(), workspace.dataset()), ProgressListener.NONE,
                CancellationToken.NONE);
        return outcome.optimum().map(Transformed::levels).orElseThrow();
    }

    /**
     * Saves the project with an audit trail as a session in the workbench leaves it: the sample opened,
     * a run, the optimum exported as CSV with the default options (its SHA-256 recorded), the save.
     * {@code veil verify} then re-runs the project and finds the same hash.
     */
    static void write(Path target) throws Exception {
        Workspace workspace = workspace();
        AnonymizationOutcome outcome = new AnonymizationService().anonymize(
                ConfigurationCheck.request(workspace.configuration(), workspace.dataset()), ProgressListener.NONE,
                CancellationToken.NONE);
        Transformed optimum = outcome.optimum().orElseThrow();
        Path folder = Files.createTempDirectory("veil-sample");
        Path export = folder.resolve("patients-anonymized.csv");
        new ExportService().exportCsv(optimum.output(), export, ExportService.defaultCsvOptions(), workspace.inputFile(),
                ProgressListener.NONE, CancellationToken.NONE);
        AuditRecorder recorder = new AuditRecorder("veil-sample", Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"),
                ZoneOffset.UTC));
        AuditTrail trail = recorder.record(AuditTrail.empty(), AuditKind.IMPORT, "Open the sample project",
                Map.of("file", "patients.csv"));
        trail = recorder.record(trail, AuditKind.RUN, "Anonymize", AuditRecorder.describe(workspace.configuration()));
        trail = recorder.record(trail, AuditKind.EXPORT, "Export " + export.getFileName(), Map.of(
                "file", export.getFileName().toString(), "sha256", AuditRecorder.sha256(export), "format", "CSV",
                "rows", Integer.toString(optimum.output().rowCount()), "content", "solution " + optimum.levels()));
        trail = recorder.record(trail, AuditKind.SAVE, "Save project " + target.getFileName(), Map.of());
        Files.delete(export);
        Files.delete(folder);
        new ProjectService().save(workspace, optimum.levels(), NOTES, trail, target);
    }

    public static void main(String[] args) throws Exception {
        write(args.length > 0 ? Path.of(args[0]) : FILE);
    }
}
