package org.veil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.Population;
import org.veil.engine.risk.ProsecutorRisk;
import org.veil.engine.risk.QiCombinations;
import org.veil.engine.risk.RiskProfile;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationResult;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * The risk analysis benchmark: a million Adult-like rows anonymized under the "k5" scenario of
 * {@link AnonymizationBenchmark} (8 quasi-identifiers, k = 5, 5% suppression), then, timed, what the
 * Analyze step computes for the optimum it applied: the class sizes, the risk profile of all three
 * attackers (with a 1% sampling fraction for the journalist) and the class-size distribution and risk
 * histogram. Also timed: the quasi-identifier combinations of the input up to triples. Usage:
 * {@code RiskBenchmark [RUNS] [MILLION_ROW_CSV]}.
 */
public final class RiskBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path csv = Path.of(args.length > 1 ? args[1] : "bench/out/adult-1m.csv");
        if (!Files.exists(csv)) {
            System.out.println("missing " + csv + ": make it with python3 ../shared/tools/make_adult_like.py 1000000 "
                    + csv);
            System.exit(1);
        }
        ImportService imports = new ImportService();
        InputSource source = InputSource.of(csv);
        Dataset data = imports.importDataset(new ImportRequest(source, imports.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        var config = AnonymizationBenchmark.config("k5");
        AnonymizationResult result = Anonymization.prepare(data, config).search(ProgressListener.NONE,
                CancellationToken.NONE);
        Transformed optimum = result.optimum().orElseThrow();
        System.out.printf("Risk benchmark: %,d rows, k=5 optimum %s, median of %d runs after warm-up%n",
                data.rowCount(), optimum.levels(), runs);

        RiskProfile[] last = new RiskProfile[1];
        BenchmarkStats.Result profile = BenchmarkStats.measure("risk profile + class-size distribution", 20, runs,
                () -> {
                    ClassSizes classes = ClassSizes.of(optimum.classes(), optimum.suppressed());
                    RiskProfile risk = RiskProfile.of(classes, Population.sampled(0.01),
                            ProsecutorRisk.DEFAULT_THRESHOLD);
                    last[0] = risk;
                    return List.of(risk, risk.classSizeDistribution(), risk.recordRiskHistogram(20),
                            risk.journalistRiskHistogram(20));
                });
        System.out.println(profile);
        RiskProfile risk = last[0];
        System.out.printf("      %,d classes, %,d released, %,d suppressed; prosecutor %s%n"
                + "      journalist (f=0.01) %s;"
                + " marketer %.6f; %,d sample uniques; %d distinct class sizes; histogram %s%n",
                risk.classes().classes(), risk.classes().releasedRecords(), risk.classes().suppressedRecords(),
                risk.prosecutor(), risk.journalist(), risk.marketerAverage(), risk.sampleUniques(),
                risk.classSizeDistribution().size(), Arrays.toString(risk.recordRiskHistogram(20)));

        List<String> qis = config.quasiIdentifiers().stream().map(QuasiIdentifier::column).toList();
        AtomicReference<List<QiCombinations.Combination>> combinations = new AtomicReference<>();
        BenchmarkStats.Result qi = BenchmarkStats.measure("QI combinations of the input, up to triples", 1, runs,
                () -> {
                    combinations.set(QiCombinations.of(data, qis, 3, ProgressListener.NONE, CancellationToken.NONE));
                    return combinations.get();
                });
        System.out.println(qi);
        System.out.printf("      %d combinations; most distinct %s%n", combinations.get().size(),
                combinations.get().get(0));
        System.out.printf("process peak RSS %s MiB%n", BenchmarkStats.peakResidentMiB());
    }
}
