package org.veil.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * Import speed and memory: Veil's import of a large CSV against a bare Commons CSV parse loop of
 * the same file (parsing only, no encoding), the floor any CSV import on the JVM stands on.
 *
 * <p>Each contender runs in a fresh JVM of its own (as JMH forks), so neither inherits the other's
 * JIT profile or heap. Usage: {@code ImportBenchmark [ROWS] [RUNS]}; the input is generated into
 * {@code bench/out/} once.
 */
public final class ImportBenchmark {

    private static final String RESULT_PREFIX = "median-ms=";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            return;
        }
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Path.of("bench", "out", "adult-like-" + rows + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            System.out.printf("generating %s …%n", file);
            AdultLikeCsv.write(Path.of("sample-data", "adult", "adult.csv"), rows, 20261124L, file);
        }
        System.out.printf("input: %s, %,d rows × 10 columns, %.1f MiB; %d runs after 2 warm-ups, each contender"
                + " in its own JVM (-Xmx2g)%n", file, rows, Files.size(file) / 1048576.0, runs);
        double bare = fork("bare", file, runs);
        double veil = fork("veil", file, runs);
        System.out.printf("ratio Veil / bare parse (medians): %.2f×%n", veil / bare);
        fork("retained", file, 1);
    }

    /** Runs one contender in a fresh JVM, echoes its report and returns its median. */
    private static double fork(String mode, Path file, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx2g", "-cp", System.getProperty("java.class.path"), ImportBenchmark.class.getName(),
                "--child", mode, file.toString(), String.valueOf(runs)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        double median = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(RESULT_PREFIX)) {
                    median = Double.parseDouble(line.substring(RESULT_PREFIX.length()));
                } else {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(mode + " benchmark failed");
        }
        return median;
    }

    private static void child(String mode, Path file, int runs) throws Exception {
        ImportService service = new ImportService();
        BenchmarkStats.Result result = switch (mode) {
            case "bare" -> BenchmarkStats.measure("bare Commons CSV parse (reference)", 2, runs,
                    () -> bareParse(file));
            case "veil" -> BenchmarkStats.measure("Veil import (detect, read, encode, infer)", 2, runs,
                    () -> importFile(service, file));
            case "retained" -> {
                retainedSize(service, file);
                yield null;
            }
            default -> throw new IllegalArgumentException(mode);
        };
        if (result != null) {
            System.out.println(result + "   process peak RSS " + BenchmarkStats.peakResidentMiB() + " MiB");
            System.out.println(RESULT_PREFIX + result.medianMillis());
        }
    }

    private static Dataset importFile(ImportService service, Path file) throws Exception {
        InputSource source = InputSource.of(file);
        return service.importDataset(new ImportRequest(source, service.detect(source)), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
    }

    /** Reads every value, as an import must, and sums lengths so the work cannot be optimised away. */
    private static long bareParse(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(true).get();
        long characters = 0;
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(reader)) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                }
            }
        }
        return characters;
    }

    /** Heap held by an imported dataset, measured after garbage collection, against its bare int codes. */
    private static void retainedSize(ImportService service, Path file) throws Exception {
        BenchmarkStats.collectGarbage();
        long before = BenchmarkStats.usedHeap();
        Dataset dataset = importFile(service, file);
        BenchmarkStats.collectGarbage();
        long retained = BenchmarkStats.usedHeap() - before;
        System.out.printf("dataset in memory: %.1f MiB measured after GC (%.1f MiB estimated); its int codes alone"
                + " %.1f MiB; measured / codes = %.2f× (%,d rows)%n", retained / 1048576.0,
                dataset.estimatedBytes() / 1048576.0, dataset.codeBytes() / 1048576.0,
                (double) retained / dataset.codeBytes(), dataset.rowCount());
    }
}
