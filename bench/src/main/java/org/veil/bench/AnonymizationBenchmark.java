package org.veil.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.veil.engine.data.Dataset;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.AverageReidentificationRisk;
import org.veil.engine.privacy.DistinctLDiversity;
import org.veil.engine.privacy.EqualDistanceTCloseness;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.AnonymizationResult;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.io.InputSource;
import org.veil.io.hierarchy.HierarchyCsvReader;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * The anonymization benchmark of issue 3: Adult with 8 quasi-identifiers (all but salary-class),
 * 5% suppression, Loss, under k=5; k=5 with distinct 2-diversity; k=5 with equal-distance
 * 0.2-closeness (both on salary-class); average risk 0.05 instead of k; and a million Adult-like rows
 * under k=5. Times the anonymization alone (preparation, search, applying the optimum), warm JVM,
 * each scenario in a JVM of its own. Usage: {@code AnonymizationBenchmark [RUNS] [MILLION_ROW_CSV]}.
 */
public final class AnonymizationBenchmark {

    private static final String[] QUASI_IDENTIFIERS = {"sex", "age", "race", "marital-status", "education",
        "native-country", "workclass", "occupation"};
    private static final Path ADULT = Path.of("sample-data", "adult");
    private static final String RESULT_PREFIX = "median-ms=";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path million = Path.of(args.length > 1 ? args[1] : "bench/out/adult-1m.csv");
        Path adult = ADULT.resolve("adult.csv");
        System.out.printf("Anonymization benchmark: median of %d runs after warm-up, one JVM per scenario%n", runs);
        fork("k5", adult, runs, 15, "-Xmx1g");
        fork("k5-l2", adult, runs, 15, "-Xmx1g");
        fork("k5-t0.2", adult, runs, 15, "-Xmx1g");
        fork("risk0.05", adult, runs, 15, "-Xmx1g");
        if (Files.exists(million)) {
            fork("k5", million, runs, 2, "-Xmx1g");
        } else {
            System.out.println("(skipping the million-row scenario: make it with"
                    + " python3 ../shared/tools/make_adult_like.py 1000000 " + million + ")");
        }
    }

    private static void fork(String scenario, Path data, int runs, int warmups, String heap)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-cp", System.getProperty("java.class.path"),
                AnonymizationBenchmark.class.getName(), "--child", scenario, data.toString(), String.valueOf(runs),
                String.valueOf(warmups)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith(RESULT_PREFIX)) {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(scenario + " failed");
        }
    }

    private static void child(String scenario, Path data, int runs, int warmups) throws Exception {
        ImportService imports = new ImportService();
        InputSource source = InputSource.of(data);
        Dataset dataset = imports.importDataset(new ImportRequest(source, imports.detect(source)),
                ProgressListener.NONE, CancellationToken.NONE).dataset();
        AnonymizationConfig config = config(scenario);
        AnonymizationResult[] last = new AnonymizationResult[1];
        BenchmarkStats.Result result = BenchmarkStats.measure(String.format("%-9s %,9d rows", scenario,
                dataset.rowCount()), warmups, runs, () -> {
                    last[0] = Anonymization.prepare(dataset, config).search(ProgressListener.NONE,
                            CancellationToken.NONE);
                    return last[0];
                });
        AnonymizationResult found = last[0];
        System.out.printf("%s   process peak RSS %s MiB%n      %,d transformations checked; optimum %s, Loss %.6f,"
                + " %,d records suppressed%n", result, BenchmarkStats.peakResidentMiB(),
                found.transformationsChecked(), found.optimum().map(o -> o.levels().toString()).orElse("none"),
                found.optimum().map(o -> o.evaluation().metricValue()).orElse(Double.NaN),
                found.optimum().map(o -> o.evaluation().suppressedRecords()).orElse(0));
        System.out.println(RESULT_PREFIX + result.medianMillis());
    }

    /** The configuration of a scenario; {@code RiskBenchmark} applies the optimum of "k5". */
    static AnonymizationConfig config(String scenario) throws Exception {
        List<QuasiIdentifier> quasiIdentifiers = new ArrayList<>();
        for (String name : QUASI_IDENTIFIERS) {
            quasiIdentifiers.add(new QuasiIdentifier(name, HierarchyCsvReader.read(
                    InputSource.of(ADULT.resolve("adult_hierarchy_" + name + ".csv")))));
        }
        List<PrivacyModel> models = switch (scenario) {
            case "k5" -> List.of(new KAnonymity(5));
            case "k5-l2" -> List.of(new KAnonymity(5), new DistinctLDiversity("salary-class", 2));
            case "k5-t0.2" -> List.of(new KAnonymity(5), new EqualDistanceTCloseness("salary-class", 0.2));
            case "risk0.05" -> List.of(new AverageReidentificationRisk(0.05));
            default -> throw new IllegalArgumentException(scenario);
        };
        return new AnonymizationConfig(quasiIdentifiers, Set.of(), models, 0.05, Metric.named("loss"));
    }
}
