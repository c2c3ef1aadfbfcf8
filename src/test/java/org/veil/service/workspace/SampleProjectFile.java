package org.veil.service.workspace;

import java.nio.file.Path;
import java.util.Map;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
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

    static void write(Path target) throws Exception {
        Workspace workspace = workspace();
        new ProjectService().save(workspace, optimum(workspace), NOTES, target);
    }

    public static void main(String[] args) throws Exception {
        write(args.length > 0 ? Path.of(args[0]) : FILE);
    }
}
