package org.veil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Evaluation;
import org.veil.engine.search.Transformed;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.service.anonymize.AnonymizationReport;
import org.veil.service.anonymize.AnonymizationRequest;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.anonymize.HierarchyLoader;
import org.veil.service.anonymize.InputFiles;
import org.veil.service.anonymize.InvalidRequestException;
import org.veil.service.anonymize.MetricNames;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpecException;
import org.veil.service.anonymize.OutputTargets;
import org.veil.service.anonymize.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code veil anonymize}: reads a delimited file, finds the optimal transformation under the given
 * privacy models and writes the release and, on request, a JSON report. Exit codes: 0 anonymized,
 * 1 a result could not be written, 2 bad arguments or input files, 3 no transformation satisfies
 * the models (the report is still written, the output is not).
 */
@Command(name = "anonymize",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        customSynopsis = {
            "veil anonymize DATA.csv --qi NAME=HIERARCHY.csv...",
            "         [--sensitive NAME[=HIERARCHY.csv]]... [--identifier NAME]...",
            "         [--delimiter CHAR] [--k N]",
            "         [--l-diversity ATTR:distinct|entropy|recursive:L[:C]]...",
            "         [--t-closeness ATTR:equal|hierarchical|ordered:T]...",
            "         [--average-risk R] [--sample-uniqueness R] [--suppression FRACTION]",
            "         [--metric NAME] --output OUT.csv [--report REPORT.json]"},
        description = {
            "Anonymizes a delimited text file under privacy models (k-anonymity, l-diversity, t-closeness, risk).",
            "",
            "Generalizes the quasi-identifiers along their hierarchies, suppresses records where allowed and"
                    + " removes the identifiers, so that the release satisfies every model given while losing as"
                    + " little information as the metric measures. Columns not named are released unchanged.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:anonymized; the output (and report) written",
            "1:the output or the report could not be written",
            "2:bad arguments, an unreadable input or hierarchy file, or a hierarchy not covering the data",
            "3:no transformation satisfies the models within the suppression limit; the report is written"
                    + " (anonymous: false), the output is not"})
final class AnonymizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private final ImportService imports = new ImportService();

    @Parameters(index = "0", paramLabel = "DATA.csv",
            description = "The delimited text file to anonymize; its first line must name the columns.")
    private Path data;

    @Option(names = "--qi", required = true, paramLabel = "NAME=HIERARCHY.csv",
            converter = ColumnArgument.WithHierarchy.class,
            description = "A quasi-identifier and its generalization hierarchy (value;level1;…;*). Repeatable.")
    private List<ColumnArgument> quasiIdentifiers = new ArrayList<>();

    @Option(names = "--sensitive", paramLabel = "NAME[=HIERARCHY.csv]",
            converter = ColumnArgument.OptionalHierarchy.class,
            description = "A sensitive attribute, with the hierarchy that hierarchical t-closeness needs."
                    + " Repeatable.")
    private List<ColumnArgument> sensitive = new ArrayList<>();

    @Option(names = "--identifier", paramLabel = "NAME",
            description = "A direct identifier, removed from the output. Repeatable.")
    private List<String> identifiers = new ArrayList<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
            description = "The field delimiter of DATA.csv and of the output, e.g. ';' or tab"
                    + " (default: detected).")
    private Character delimiter;

    @Option(names = "--k", paramLabel = "N", converter = ModelSpecConverters.K.class,
            description = "k-anonymity: every equivalence class holds at least N records.")
    private ModelSpec.KAnonymitySpec k;

    @Option(names = "--l-diversity", paramLabel = "ATTR:distinct|entropy|recursive:L[:C]",
            converter = ModelSpecConverters.LDiversity.class,
            description = "l-diversity of a sensitive attribute: ATTR:distinct:L, ATTR:entropy:L or"
                    + " ATTR:recursive:L:C. Repeatable.")
    private List<ModelSpec.LDiversitySpec> lDiversity = new ArrayList<>();

    @Option(names = "--t-closeness", paramLabel = "ATTR:equal|hierarchical|ordered:T",
            converter = ModelSpecConverters.TCloseness.class,
            description = "t-closeness of a sensitive attribute, 0 <= T <= 1; hierarchical needs"
                    + " --sensitive ATTR=HIERARCHY.csv. Repeatable.")
    private List<ModelSpec.TClosenessSpec> tCloseness = new ArrayList<>();

    @Option(names = "--average-risk", paramLabel = "R", converter = ModelSpecConverters.AverageRisk.class,
            description = "The average re-identification risk is at most R (0 < R <= 1).")
    private ModelSpec.AverageRiskSpec averageRisk;

    @Option(names = "--sample-uniqueness", paramLabel = "R", converter = ModelSpecConverters.SampleUniqueness.class,
            description = "At most a share R of the records is unique (0 <= R <= 1).")
    private ModelSpec.SampleUniquenessSpec sampleUniqueness;

    @Option(names = "--suppression", paramLabel = "FRACTION", converter = ModelSpecConverters.SuppressionLimit.class,
            description = "The largest share of records that may be suppressed, 0 to 1 (default: 0).")
    private double suppression = 0;

    @Option(names = "--metric", paramLabel = "NAME", converter = ModelSpecConverters.MetricName.class,
            completionCandidates = MetricCandidates.class,
            description = "The information loss to minimise: ${COMPLETION-CANDIDATES} (default: loss).")
    private String metric = MetricNames.DEFAULT;

    @Option(names = "--output", required = true, paramLabel = "OUT.csv",
            description = "Where to write the anonymized data (UTF-8, the input's delimiter); never the input.")
    private Path output;

    @Option(names = "--report", paramLabel = "REPORT.json",
            description = "Where to write a JSON report of the anonymization.")
    private Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return anonymize(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int anonymize(PrintWriter out, PrintWriter err) {
        List<ModelSpec> specs = modelSpecs();
        Map<String, Path> qiFiles = new LinkedHashMap<>();
        quasiIdentifiers.forEach(qi -> putOnce(qiFiles, qi.column(), qi.hierarchy().orElseThrow(), "--qi"));
        Map<String, Optional<Path>> sensitiveFiles = new LinkedHashMap<>();
        sensitive.forEach(s -> putOnce(sensitiveFiles, s.column(), s.hierarchy(), "--sensitive"));
        checkRoles(qiFiles.keySet(), sensitiveFiles.keySet());
        checkHierarchiesForModels(specs, sensitiveFiles);
        try {
            OutputTargets.check(data, output, report);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        Dataset dataset;
        char outputDelimiter;
        Map<String, Hierarchy> qiHierarchies = new LinkedHashMap<>();
        Map<String, Hierarchy> sensitiveHierarchies = new LinkedHashMap<>();
        try {
            InputFiles.Input input = CommandInputs.read(spec, data, delimiter, imports);
            dataset = input.dataset();
            outputDelimiter = input.delimiter();
            String missing = missingColumns(dataset, qiFiles.keySet(), sensitiveFiles.keySet(), specs);
            if (missing != null) {
                err.println(data + ": " + missing);
                return ExitCodes.BAD_INPUT;
            }
            for (Map.Entry<String, Path> qi : qiFiles.entrySet()) {
                qiHierarchies.put(qi.getKey(), HierarchyLoader.load(qi.getValue(), dataset, qi.getKey()));
            }
            for (Map.Entry<String, Optional<Path>> s : sensitiveFiles.entrySet()) {
                if (s.getValue().isPresent()) {
                    sensitiveHierarchies.put(s.getKey(), HierarchyLoader.load(s.getValue().get(), dataset, s.getKey()));
                }
            }
        } catch (DatasetReadException | HierarchyException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        List<PrivacyModel> models = new ArrayList<>();
        for (ModelSpec model : specs) {
            try {
                models.add(model.toModel(sensitiveHierarchies));
            } catch (ModelSpecException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        warnAboutUnprotected(sensitiveFiles.keySet(), specs, err);

        AnonymizationRequest request = new AnonymizationRequest(dataset, qiHierarchies, new LinkedHashSet<>(identifiers),
                models, suppression, Metric.named(metric));
        AnonymizationOutcome outcome;
        try {
            outcome = new AnonymizationService().anonymize(request, ProgressListener.NONE, CancellationToken.NONE);
        } catch (InvalidRequestException e) {
            err.println("Cannot anonymize " + data + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return release(outcome, outputDelimiter, out, err);
    }

    /** Writes the output (if anonymous) and the report, and prints the summary. */
    private int release(AnonymizationOutcome outcome, char outputDelimiter, PrintWriter out, PrintWriter err) {
        Optional<Transformed> optimum = outcome.optimum();
        try {
            if (optimum.isPresent()) {
                new ExportService().exportCsv(optimum.get().output(), output,
                        CsvWriteOptions.defaults().withDelimiter(outputDelimiter), data, ProgressListener.NONE,
                        CancellationToken.NONE);
            }
        } catch (IOException e) {
            err.println("Could not write the output " + output + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        try {
            if (report != null) {
                ReportWriter.write(AnonymizationReport.of(outcome, data, optimum.isPresent() ? output : null), report,
                        data);
            }
        } catch (IOException e) {
            err.println("Could not write the report " + report + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        printSummary(outcome, out);
        if (optimum.isEmpty()) {
            err.printf(Locale.ROOT, "No transformation satisfies %s with at most %s%% of the records suppressed;"
                    + " no output written. Relax the models or allow more suppression (--suppression).%n",
                    describe(outcome.request().models()), percent(suppression));
            return ExitCodes.NOT_ANONYMOUS;
        }
        return ExitCodes.OK;
    }

    private void printSummary(AnonymizationOutcome outcome, PrintWriter out) {
        AnonymizationRequest request = outcome.request();
        int records = request.dataset().rowCount();
        out.printf(Locale.ROOT, "%s %s: %,d records; %s; suppression limit %s%%; metric %s%n",
                outcome.isAnonymous() ? "Anonymized" : "Could not anonymize", data, records,
                describe(request.models()), percent(request.suppressionLimit()), request.metric().name());
        outcome.optimum().ifPresentOrElse(optimum -> {
            Evaluation evaluation = optimum.evaluation();
            out.printf(Locale.ROOT, "  transformation  %s%n", optimum.levels().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
            out.printf(Locale.ROOT, "  suppressed      %,d records (%s%%)%n", evaluation.suppressedRecords(),
                    percent(records == 0 ? 0 : (double) evaluation.suppressedRecords() / records));
            out.printf(Locale.ROOT, "  classes         %,d equivalence classes released%n",
                    evaluation.retainedClasses());
            out.printf(Locale.ROOT, "  metric          %s = %.6g%n", request.metric().name(), evaluation.metricValue());
        }, () -> out.println("  transformation  none satisfies the models"));
        out.printf(Locale.ROOT, "  time            %,d ms; %,d of %,d transformations checked%n", outcome.millis(),
                outcome.result().transformationsChecked(), outcome.anonymization().lattice().size());
        List<String> written = new ArrayList<>();
        if (outcome.isAnonymous()) {
            written.add(output.toString());
        }
        if (report != null) {
            written.add(report.toString());
        }
        if (!written.isEmpty()) {
            out.println("Wrote " + String.join(" and ", written));
        }
    }

    /** The models in option order: k, l-diversity, t-closeness, average risk, sample uniqueness. */
    private List<ModelSpec> modelSpecs() {
        List<ModelSpec> specs = new ArrayList<>();
        if (k != null) {
            specs.add(k);
        }
        specs.addAll(lDiversity);
        specs.addAll(tCloseness);
        if (averageRisk != null) {
            specs.add(averageRisk);
        }
        if (sampleUniqueness != null) {
            specs.add(sampleUniqueness);
        }
        if (specs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Choose at least one privacy model: --k,"
                    + " --l-diversity, --t-closeness, --average-risk or --sample-uniqueness");
        }
        return specs;
    }

    private <V> void putOnce(Map<String, V> map, String column, V value, String option) {
        if (map.putIfAbsent(column, value) != null) {
            throw new ParameterException(spec.commandLine(), option + " names '" + column + "' twice");
        }
    }

    /** A column has one role: quasi-identifier, sensitive attribute or identifier. */
    private void checkRoles(Set<String> qis, Set<String> sensitiveNames) {
        for (String identifier : identifiers) {
            if (qis.contains(identifier) || sensitiveNames.contains(identifier)) {
                throw new ParameterException(spec.commandLine(), "'" + identifier + "' is given as --identifier and as "
                        + (qis.contains(identifier) ? "--qi" : "--sensitive") + "; a column has one role");
            }
        }
        for (String name : sensitiveNames) {
            if (qis.contains(name)) {
                throw new ParameterException(spec.commandLine(), "'" + name
                        + "' is given as --qi and as --sensitive; a column has one role");
            }
        }
    }

    private void checkHierarchiesForModels(List<ModelSpec> specs, Map<String, Optional<Path>> sensitiveFiles) {
        for (ModelSpec model : specs) {
            if (model instanceof ModelSpec.TClosenessSpec t && t.needsHierarchy()
                    && sensitiveFiles.getOrDefault(t.attribute(), Optional.empty()).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--t-closeness " + t.text()
                        + " needs the hierarchy of '" + t.attribute() + "': add --sensitive " + t.attribute()
                        + "=HIERARCHY.csv");
            }
        }
    }

    /** The first column named in the arguments that the data lacks, as a message; null if all exist. */
    private String missingColumns(Dataset dataset, Set<String> qis, Set<String> sensitiveNames, List<ModelSpec> specs) {
        Map<String, String> named = new LinkedHashMap<>();
        qis.forEach(name -> named.putIfAbsent(name, "--qi"));
        sensitiveNames.forEach(name -> named.putIfAbsent(name, "--sensitive"));
        identifiers.forEach(name -> named.putIfAbsent(name, "--identifier"));
        for (ModelSpec model : specs) {
            model.sensitiveAttribute().ifPresent(name -> named.putIfAbsent(name, option(model) + " " + model.text()));
        }
        for (Map.Entry<String, String> entry : named.entrySet()) {
            if (!dataset.hasColumn(entry.getKey())) {
                return "no column '" + entry.getKey() + "' (named by " + entry.getValue() + "); the columns are "
                        + String.join(", ", dataset.columnNames());
            }
        }
        return null;
    }

    private static String option(ModelSpec model) {
        return model instanceof ModelSpec.LDiversitySpec ? "--l-diversity" : "--t-closeness";
    }

    private void warnAboutUnprotected(Set<String> sensitiveNames, List<ModelSpec> specs, PrintWriter err) {
        Set<String> protectedNames = specs.stream().flatMap(s -> s.sensitiveAttribute().stream())
                .collect(Collectors.toSet());
        for (String name : sensitiveNames) {
            if (!protectedNames.contains(name)) {
                err.println("Warning: no --l-diversity or --t-closeness protects the sensitive attribute '" + name
                        + "'; it is released unchanged");
            }
        }
    }

    /** Detected options, with a header, and the delimiter the user gave. */
    private static String describe(List<PrivacyModel> models) {
        return models.stream().map(PrivacyModel::description).collect(Collectors.joining(", "));
    }

    /** A share as a percentage with at most two decimals, e.g. 5 or 4.09. */
    private static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The metric names, for the help text. */
    static final class MetricCandidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return MetricNames.ALL.iterator();
        }
    }
}
