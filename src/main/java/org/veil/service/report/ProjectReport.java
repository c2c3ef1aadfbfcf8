package org.veil.service.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.veil.engine.data.Column;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.risk.RiskProfile;
import org.veil.engine.search.Evaluation;
import org.veil.engine.search.Transformed;
import org.veil.engine.utility.AttributeUtility;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.AuditRecorder;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;

/**
 * What a project report says, gathered from the workspace and the last anonymization: the data, every
 * attribute's role and type, the hierarchies, the privacy models, the chosen transformation, the risk
 * of input and output, the utility, the output's hash, an audit summary and charts. Immutable; laid
 * out by {@link PdfReportWriter}.
 *
 * @param solution     the transformation reported, {@code null} if there is none
 * @param runSummary   one sentence on the anonymization: not run, no solution, or what was chosen
 * @param inputRisk    the input's risk, {@code null} without a run (the classes come from the run)
 * @param outputRisk   the chosen output's risk, {@code null} without a solution
 * @param outputSha256 SHA-256 of the exported output file, {@code null} when no export was recorded
 * @param auditSummary lines summarising the audit trail, possibly none
 */
public record ProjectReport(String title, Instant generated, DatasetFacts dataset, List<AttributeFacts> attributes,
        List<HierarchyFacts> hierarchies, PrivacyFacts privacy, String runSummary, SolutionFacts solution,
        RiskFacts inputRisk, RiskFacts outputRisk, List<UtilityFacts> utility, String outputSha256,
        List<String> auditSummary, List<ReportChart> charts) {

    public ProjectReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(generated, "generated");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(runSummary, "runSummary");
        attributes = List.copyOf(attributes);
        hierarchies = List.copyOf(hierarchies);
        utility = List.copyOf(utility);
        auditSummary = auditSummary == null ? List.of() : List.copyOf(auditSummary);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** The dataset: its name, size and, if known, the SHA-256 of the file it was read from. */
    public record DatasetFacts(String name, int rows, int columns, String sha256) {
    }

    /** A column with its role and data type. */
    public record AttributeFacts(String name, String role, String type) {
    }

    /**
     * A column's hierarchy.
     *
     * @param builder the builder's description, {@code null} for an imported or hand-edited hierarchy
     */
    public record HierarchyFacts(String attribute, String source, int height, String builder) {
    }

    /** The privacy models in words (e.g. {@code 5-anonymity}), the suppression limit (0 to 1) and the metric. */
    public record PrivacyFacts(List<String> models, double suppressionLimit, String metric) {
        public PrivacyFacts {
            models = List.copyOf(models);
        }
    }

    /**
     * The transformation reported.
     *
     * @param levels  the level of each quasi-identifier, in configuration order
     * @param heights the height of each quasi-identifier's hierarchy
     * @param optimal whether it is the optimum the search found
     */
    public record SolutionFacts(Map<String, Integer> levels, Map<String, Integer> heights, boolean optimal,
            boolean anonymous, int records, int suppressedRecords, int classes, int suppressedClasses,
            String metric, double metricValue) {
        public SolutionFacts {
            levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
            heights = Collections.unmodifiableMap(new LinkedHashMap<>(heights));
        }

        /** Classes released. */
        public int retainedClasses() {
            return classes - suppressedClasses;
        }

        /** The levels as the workbench writes them, e.g. {@code age 2, zip 3}. */
        public String describeLevels() {
            List<String> parts = new ArrayList<>();
            levels.forEach((column, level) -> parts.add(column + " " + level));
            return String.join(", ", parts);
        }
    }

    /**
     * Re-identification risk of a release (without population knowledge, so the journalist's figures
     * are the prosecutor's as in ARX).
     *
     * @param threshold         a record is at risk above this prosecutor risk (0 to 1)
     * @param recordsByClassSize released records per class-size bucket, every bucket present, for a chart
     */
    public record RiskFacts(int records, int suppressedRecords, int classes, int smallestClass,
            double prosecutorHighest, double prosecutorAverage, int recordsAtRisk, double threshold,
            double journalistAverage, double marketerAverage, int sampleUniques,
            Map<String, Integer> recordsByClassSize) {
        public RiskFacts {
            recordsByClassSize = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByClassSize));
        }

        /** The risk of released classes, El Emam's 20% threshold. */
        public static RiskFacts of(ClassSizes classes) {
            return of(classes, ProsecutorRisk.DEFAULT_THRESHOLD);
        }

        public static RiskFacts of(ClassSizes classes, double threshold) {
            RiskProfile profile = RiskProfile.of(classes, threshold);
            return new RiskFacts(classes.records(), classes.suppressedRecords(), classes.classes(), classes.smallest(),
                    profile.prosecutor().highest(), profile.prosecutor().average(),
                    profile.prosecutor().recordsAtRisk(), threshold, profile.journalist().average(),
                    profile.marketerAverage(), profile.sampleUniques(), ProjectReport.recordsByClassSize(classes));
        }
    }

    /**
     * How much one quasi-identifier lost.
     *
     * @param generalization level / height, 0 to 1
     * @param loss           the mean loss of the attribute's cells, 0 to 1
     * @param suppressedShare share of the attribute's cells suppressed
     */
    public record UtilityFacts(String attribute, int level, int height, double generalization, int distinctBefore,
            int distinctAfter, double loss, double suppressedShare) {

        static UtilityFacts of(AttributeUtility utility) {
            return new UtilityFacts(utility.attribute(), utility.level(), utility.height(),
                    utility.generalizationIntensity(), utility.distinctBefore(), utility.distinctAfter(),
                    utility.loss(), utility.suppressedShare());
        }
    }

    /** Lower bounds of the class-size buckets of {@link RiskFacts#recordsByClassSize}; the last is open-ended. */
    private static final int[] SIZE_BOUNDS = {1, 2, 3, 5, 10, 20, 50, 100};

    /**
     * The report of a workspace after (or before) an anonymization.
     *
     * @param outcome      the last run, or {@code null} before any
     * @param selected     the transformation to report (usually the one selected), or {@code null}
     * @param outputSha256 SHA-256 of the exported output, or {@code null} when none was recorded
     * @param auditSummary lines summarising the audit trail, or {@code null}
     * @throws IOException if the input file exists but cannot be read for its hash
     */
    public static ProjectReport of(Workspace workspace, AnonymizationOutcome outcome, Transformed selected,
            String outputSha256, List<String> auditSummary, Instant generated) throws IOException {
        Configuration configuration = workspace.configuration();
        var data = workspace.dataset();
        String name = workspace.sourceName() == null || workspace.sourceName().isBlank() ? "dataset"
                : workspace.sourceName();
        DatasetFacts dataset = new DatasetFacts(name, data.rowCount(), data.columnCount(), inputSha256(workspace));

        List<AttributeFacts> attributes = new ArrayList<>();
        for (Column column : data.columns()) {
            attributes.add(new AttributeFacts(column.name(), configuration.role(column.name()).label(),
                    column.type().label()));
        }
        List<HierarchyFacts> hierarchies = new ArrayList<>();
        for (Column column : data.columns()) {
            AssignedHierarchy assigned = configuration.hierarchy(column.name());
            AttributeRole role = configuration.role(column.name());
            if (assigned != null && (role == AttributeRole.QUASI_IDENTIFYING || role == AttributeRole.SENSITIVE)) {
                hierarchies.add(new HierarchyFacts(column.name(), assigned.source(), assigned.hierarchy().height(),
                        assigned.builder() == null ? null : assigned.builder().describe()));
            }
        }
        PrivacyFacts privacy = new PrivacyFacts(configuration.models().stream().map(ProjectReport::describe).toList(),
                configuration.suppressionLimit(), configuration.metric());

        SolutionFacts solution = null;
        RiskFacts inputRisk = null;
        RiskFacts outputRisk = null;
        List<UtilityFacts> utility = List.of();
        String runSummary;
        if (outcome == null) {
            runSummary = "The data has not been anonymized yet: no transformation, risk or utility to report.";
        } else {
            inputRisk = RiskFacts.of(ClassSizes.of(outcome.anonymization().classes(0), null));
            if (selected == null) {
                runSummary = outcome.isAnonymous() ? "No transformation was selected."
                        : "No transformation satisfies the privacy models within the suppression limit.";
            } else {
                boolean optimal = outcome.optimum().map(t -> t.levels().equals(selected.levels())).orElse(false);
                Map<String, Integer> heights = new LinkedHashMap<>();
                for (var qi : outcome.anonymization().config().quasiIdentifiers()) {
                    heights.put(qi.column(), qi.hierarchy().height());
                }
                Evaluation evaluation = selected.evaluation();
                solution = new SolutionFacts(selected.levels(), heights, optimal, evaluation.anonymous(),
                        selected.output().rowCount(), evaluation.suppressedRecords(), evaluation.classes(),
                        evaluation.suppressedClasses(), configuration.metric(), evaluation.metricValue());
                outputRisk = RiskFacts.of(ClassSizes.of(selected.classes(), selected.suppressed()));
                utility = AttributeUtility.of(data, outcome.anonymization().config(), selected).stream()
                        .map(UtilityFacts::of).toList();
                String space = String.format(java.util.Locale.US, "%,d", outcome.result().space().lattice().size());
                runSummary = (optimal ? "The optimal transformation (" + solution.describeLevels()
                        + ") was found by an exact search of " + space + " transformations"
                        : "The transformation (" + solution.describeLevels() + ") was selected among " + space
                                + " transformations")
                        + (evaluation.anonymous() ? "; it satisfies every privacy model." : "; it is not anonymous.");
            }
        }
        return new ProjectReport("Anonymization report", generated, dataset, attributes, hierarchies, privacy,
                runSummary, solution, inputRisk, outputRisk, utility, outputSha256, auditSummary, List.of());
    }

    /** The same report with these charts, laid out after the figures. */
    public ProjectReport withCharts(List<ReportChart> newCharts) {
        return new ProjectReport(title, generated, dataset, attributes, hierarchies, privacy, runSummary, solution,
                inputRisk, outputRisk, utility, outputSha256, auditSummary, newCharts);
    }

    /** The quasi-identifiers reported, in configuration order. */
    public List<String> quasiIdentifiers() {
        return attributes.stream().filter(a -> a.role().equals(AttributeRole.QUASI_IDENTIFYING.label()))
                .map(AttributeFacts::name).toList();
    }

    /** Released records per class-size bucket ({@code 1}, {@code 2}, {@code 3–4} … {@code ≥ 100}), every bucket present. */
    public static Map<String, Integer> recordsByClassSize(ClassSizes classes) {
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (int i = 0; i < SIZE_BOUNDS.length; i++) {
            buckets.put(sizeLabel(i), 0);
        }
        for (int size : classes.sizes()) {
            int bucket = 0;
            for (int i = SIZE_BOUNDS.length - 1; i > 0; i--) {
                if (size >= SIZE_BOUNDS[i]) {
                    bucket = i;
                    break;
                }
            }
            buckets.merge(sizeLabel(bucket), size, Integer::sum);
        }
        return buckets;
    }

    private static String sizeLabel(int bucket) {
        int low = SIZE_BOUNDS[bucket];
        if (bucket == SIZE_BOUNDS.length - 1) {
            return "≥ " + low;
        }
        int high = SIZE_BOUNDS[bucket + 1] - 1;
        return low == high ? String.valueOf(low) : low + "–" + high;
    }

    /** The SHA-256 of the file the data was read from, if there is one to read. */
    private static String inputSha256(Workspace workspace) throws IOException {
        Path input = workspace.inputFile();
        return input != null && Files.isRegularFile(input) ? AuditRecorder.sha256(input) : null;
    }

    /** A privacy model in words, as the workbench lists it: {@code 5-anonymity}. */
    static String describe(ModelSpec spec) {
        if (spec instanceof ModelSpec.KAnonymitySpec k) {
            return k.k() + "-anonymity";
        }
        if (spec instanceof ModelSpec.LDiversitySpec l) {
            return switch (l.kind()) {
                case DISTINCT -> "distinct " + number(l.l()) + "-diversity of " + l.attribute();
                case ENTROPY -> "entropy " + number(l.l()) + "-diversity of " + l.attribute();
                case RECURSIVE -> "recursive (" + number(l.c()) + "," + number(l.l()) + ")-diversity of "
                        + l.attribute();
            };
        }
        if (spec instanceof ModelSpec.TClosenessSpec t) {
            return number(t.t()) + "-closeness of " + t.attribute() + " (" + t.distance().keyword() + " distance)";
        }
        if (spec instanceof ModelSpec.AverageRiskSpec r) {
            return "average re-identification risk ≤ " + number(r.threshold());
        }
        return "sample uniqueness ≤ " + number(((ModelSpec.SampleUniquenessSpec) spec).threshold());
    }

    private static String number(double value) {
        return new java.math.BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }
}
