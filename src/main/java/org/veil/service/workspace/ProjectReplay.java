package org.veil.service.workspace;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;
import org.veil.io.AtomicFileWriter;
import org.veil.io.InputSource;
import org.veil.project.ProjectFormatException;
import org.veil.project.crypto.PasswordRequiredException;
import org.veil.project.crypto.WrongPasswordException;
import org.veil.service.ExportService;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationRequest;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.anonymize.InvalidRequestException;
import org.veil.service.workspace.ReplayException.Kind;

/**
 * Reproduces a saved project's release without the workbench ({@code veil run}): opens the project
 * (its data where the project says, embedded, or from another file), checks the configuration, runs
 * the anonymization, selects the saved transformation (the optimum if none was saved), and exports it
 * as the Export step does by default ({@link ExportService#defaultCsvOptions()}): the same bytes the
 * workbench writes. Never writes over the data or the project file.
 */
public final class ProjectReplay {

    private final ProjectService projects;
    private final AnonymizationService anonymizer;
    private final ExportService exports;

    public ProjectReplay() {
        this(new ProjectService(), new AnonymizationService(), new ExportService());
    }

    public ProjectReplay(ProjectService projects, AnonymizationService anonymizer, ExportService exports) {
        this.projects = Objects.requireNonNull(projects, "projects");
        this.anonymizer = Objects.requireNonNull(anonymizer, "anonymizer");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    /**
     * What a replay did.
     *
     * @param dataName          the name of the data it read, e.g. {@code patients.csv}
     * @param dataFile          the file it read the data from; {@code null} for data embedded in the project
     * @param transformation    the level of each quasi-identifier of the released transformation
     * @param saved             whether that is the transformation saved in the project (else the optimum)
     * @param optimal           whether it is the optimum of the solution space
     * @param suppressedRecords records whose quasi-identifiers were suppressed
     * @param outputSha256      the SHA-256 of the written file, lower-case hex
     * @param warnings          what the user should know (the data changed since the project was saved)
     */
    public record Replayed(Path project, String dataName, Path dataFile, Map<String, Integer> transformation,
            boolean saved, boolean optimal, int records, int suppressedRecords, int retainedClasses, String metric,
            double metricValue, Path output, String outputSha256, List<String> warnings) {

        public Replayed {
            transformation = Collections.unmodifiableMap(new LinkedHashMap<>(transformation));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Replays a project.
     *
     * @param project  the {@code .veil} file
     * @param data     the data to use instead of the project's, or {@code null}
     * @param output   where to write the release (CSV); never the data or the project file
     * @param warnings told each warning as soon as it is known (before the run), e.g. changed data
     * @throws ReplayException saying what kept the release from being written; a password-protected
     *                         project is {@link Kind#PASSWORD_REQUIRED}
     */
    public Replayed replay(Path project, Path data, Path output, Consumer<String> warnings, ProgressListener progress,
            CancellationToken cancel) throws ReplayException {
        return replay(project, data, PasswordSource.NONE, output, warnings, progress, cancel);
    }

    /**
     * Replays a project that may be protected by a password.
     *
     * @param project   the {@code .veil} file
     * @param data      the data to use instead of the project's, or {@code null}
     * @param passwords asked only if the project is encrypted (see {@link ProjectService#open(Path, Path,
     *                  PasswordSource, ProgressListener, CancellationToken)})
     * @param output    where to write the release (CSV); never the data or the project file
     * @param warnings  told each warning as soon as it is known (before the run), e.g. changed data
     * @throws ReplayException saying what kept the release from being written: {@link Kind#PASSWORD_REQUIRED}
     *                         or {@link Kind#WRONG_PASSWORD} if {@code passwords} had no password that
     *                         opens the project
     */
    public Replayed replay(Path project, Path data, PasswordSource passwords, Path output, Consumer<String> warnings,
            ProgressListener progress, CancellationToken cancel) throws ReplayException {
        Objects.requireNonNull(passwords, "passwords");
        refuseTarget(output, project, "the project file");
        if (data != null) {
            refuseTarget(output, data, "the input file");
        }
        OpenedProject opened = open(project, data, passwords, progress, cancel);
        opened.warnings().forEach(warnings);
        Workspace workspace = opened.workspace();
        if (workspace.inputFile() != null) {
            refuseTarget(output, workspace.inputFile(), "the project's data file");
        }

        List<ConfigurationProblem> problems = ConfigurationCheck.problems(workspace.configuration(),
                workspace.dataset());
        if (!problems.isEmpty()) {
            throw new ReplayException(Kind.CONFIGURATION, "The project's configuration cannot run on "
                    + workspace.sourceName() + ": " + problems.stream().map(ConfigurationProblem::message)
                    .collect(Collectors.joining(" ")));
        }
        AnonymizationRequest request = ConfigurationCheck.request(workspace.configuration(), workspace.dataset());
        AnonymizationOutcome outcome;
        try {
            outcome = anonymizer.anonymize(request, progress, cancel);
        } catch (InvalidRequestException e) {
            throw new ReplayException(Kind.CONFIGURATION, "The project cannot be anonymized: " + e.getMessage(),
                    null, e);
        }

        Map<String, Integer> saved = opened.transformation();
        int optimum = outcome.result().space().optimum();
        Transformed chosen = saved.isEmpty() ? optimum(outcome) : savedTransformation(outcome, saved, optimum);
        int node = outcome.anonymization().lattice().index(chosen.levels().values().stream()
                .mapToInt(Integer::intValue).toArray());

        try {
            exports.exportCsv(chosen.output(), output, ExportService.defaultCsvOptions(), workspace.inputFile(),
                    progress, cancel);
        } catch (IOException e) {
            throw new ReplayException(Kind.WRITE, "Could not write " + output + ": " + e.getMessage(), output, e);
        }
        String sha256;
        try {
            sha256 = DataFingerprint.of(InputSource.of(output)).sha256();
        } catch (IOException e) {
            throw new ReplayException(Kind.WRITE, "Could not read back " + output + ": " + e.getMessage(), output, e);
        }
        return new Replayed(project, workspace.sourceName(), workspace.inputFile(), chosen.levels(), !saved.isEmpty(),
                node == optimum, workspace.dataset().rowCount(), chosen.evaluation().suppressedRecords(),
                chosen.evaluation().retainedClasses(), request.metric().name(), chosen.evaluation().metricValue(),
                output, sha256, opened.warnings());
    }

    private OpenedProject open(Path project, Path data, PasswordSource passwords, ProgressListener progress,
            CancellationToken cancel) throws ReplayException {
        try {
            return projects.open(project, data, passwords, progress, cancel);
        } catch (PasswordRequiredException e) {
            throw new ReplayException(Kind.PASSWORD_REQUIRED, "Cannot open the project " + project + ": "
                    + e.getMessage(), project, e);
        } catch (WrongPasswordException e) {
            throw new ReplayException(Kind.WRONG_PASSWORD, "Cannot open the project " + project + ": "
                    + e.getMessage(), project, e);
        } catch (NoSuchFileException e) {
            Path missing = Path.of(e.getFile());
            boolean projectMissing = missing.toAbsolutePath().normalize()
                    .equals(project.toAbsolutePath().normalize());
            if (projectMissing) {
                throw new ReplayException(Kind.PROJECT, "There is no project file " + project, project, e);
            }
            throw new ReplayException(Kind.DATA_MISSING, data != null
                    ? "There is no data file " + data
                    : "The project's data file " + missing + " is not there", data != null ? data : missing, e);
        } catch (ProjectFormatException e) {
            throw new ReplayException(Kind.PROJECT, "Cannot open the project " + project + ": " + e.getMessage(),
                    project, e);
        } catch (ProjectDataException e) {
            throw new ReplayException(Kind.DATA, "Cannot use the data of the project " + project + ": "
                    + e.getMessage(), data, e);
        } catch (IOException e) {
            throw new ReplayException(Kind.PROJECT, "Cannot read the project " + project + ": " + e.getMessage(),
                    project, e);
        }
    }

    private static void refuseTarget(Path output, Path protectedFile, String what) throws ReplayException {
        try {
            AtomicFileWriter.refuseToOverwrite(output, protectedFile);
        } catch (IOException e) {
            throw new ReplayException(Kind.TARGET, "Refusing to write the output over " + what + " " + protectedFile,
                    output, e);
        }
    }

    private static Transformed optimum(AnonymizationOutcome outcome) throws ReplayException {
        return outcome.optimum().orElseThrow(() -> new ReplayException(Kind.NO_SOLUTION, "No transformation"
                + " satisfies the project's privacy models within its suppression limit of "
                + percent(outcome.request().suppressionLimit()) + " on this data; nothing written."));
    }

    /** The saved transformation applied, as the workbench selects it after a run; it must be anonymous. */
    private static Transformed savedTransformation(AnonymizationOutcome outcome, Map<String, Integer> saved,
            int optimum) throws ReplayException {
        Map<String, Integer> bottom = outcome.anonymization().levelsByName(0);
        if (!saved.keySet().equals(bottom.keySet())) {
            throw new ReplayException(Kind.NOT_IN_SOLUTION_SPACE, "The saved transformation " + saved
                    + " is not in the solution space: it names " + saved.keySet() + ", the quasi-identifiers are "
                    + bottom.keySet() + ".");
        }
        int[] levels = bottom.keySet().stream().mapToInt(saved::get).toArray();
        int node;
        try {
            node = outcome.anonymization().lattice().index(levels);
        } catch (IllegalArgumentException e) {
            throw new ReplayException(Kind.NOT_IN_SOLUTION_SPACE, "The saved transformation " + saved
                    + " is not in the solution space: the hierarchies have " + heights(outcome, bottom) + " levels.",
                    null, e);
        }
        Transformed applied = node == optimum ? outcome.optimum().orElseThrow()
                : outcome.anonymization().apply(node);
        if (!applied.evaluation().anonymous()) {
            throw new ReplayException(Kind.NOT_ANONYMOUS, String.format("The saved transformation %s is not"
                    + " anonymous on this data: it does not satisfy %s within the suppression limit of %s%s;"
                    + " nothing written.", applied.levels(), outcome.request().models().stream()
                            .map(PrivacyModel::description)
                            .collect(Collectors.joining(", ")), percent(outcome.request().suppressionLimit()),
                    outcome.isAnonymous() ? " (the optimum now is " + outcome.optimum().orElseThrow().levels() + ")"
                            : ""));
        }
        return applied;
    }

    private static String heights(AnonymizationOutcome outcome, Map<String, Integer> bottom) {
        int[] heights = outcome.anonymization().lattice().heights();
        List<String> names = List.copyOf(bottom.keySet());
        return IntStream.range(0, heights.length).mapToObj(d -> names.get(d) + " 0–" + heights[d])
                .collect(Collectors.joining(", "));
    }

    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
