package org.veil.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.InputSource;
import org.veil.io.ReadOptions;
import org.veil.io.csv.CsvReadOptions;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * Import speed and memory: Veil's import of a large CSV against a bare Commons CSV parse loop of
 * the same file (parsing only, no encoding), the floor any CSV import on the JVM stands on.
 *
 * <p>Usage: {@code ImportBenchmark [ROWS] [RUNS]}; the input is generated into bench/out/ once.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Path.of("bench", "out", "adult-like-" + rows + ".csv");
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            System.out.printf("generating %s …%n", file);
            AdultLikeCsv.write(Path.of("sample-data", "adult", "adult.csv"), rows, 20261124L, file);
        }
        System.out.printf("input: %s, %,d rows × 10 columns, %.1f MiB; JVM max heap %.0f MiB; %d runs after 2 warm-ups%n",
                file, rows, Files.size(file) / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, runs);

        ImportService service = new ImportService();
        InputSource source = InputSource.of(file);
        ReadOptions options = service.detect(source);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(((CsvReadOptions) options).delimiter())
                .setIgnoreEmptyLines(true).get();

        BenchmarkStats.Result bare = BenchmarkStats.measure("bare Commons CSV parse (reference)", 2, runs,
                () -> bareParse(file, format));
        BenchmarkStats.Result veil = BenchmarkStats.measure("Veil import (detect + read + encode + types)", 2, runs,
                () -> service.importDataset(new ImportRequest(InputSource.of(file), service.detect(source)),
                        ProgressListener.NONE, CancellationToken.NONE));
        System.out.println(bare);
        System.out.println(veil);
        System.out.printf("ratio Veil / bare parse: %.2f×%n", veil.medianMillis() / bare.medianMillis());

        retainedSize(service, source, options);
    }

    /** Reads every value, as an import must, and sums lengths so the work cannot be optimised away. */
    private static long bareParse(Path file, CSVFormat format) throws IOException {
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
    private static void retainedSize(ImportService service, InputSource source, ReadOptions options)
            throws Exception {
        BenchmarkStats.collectGarbage();
        long before = BenchmarkStats.usedHeap();
        Dataset dataset = service.importDataset(new ImportRequest(source, options), ProgressListener.NONE,
                CancellationToken.NONE).dataset();
        BenchmarkStats.collectGarbage();
        long retained = BenchmarkStats.usedHeap() - before;
        System.out.printf("dataset in memory: %.1f MiB measured (%.1f MiB estimated); int codes alone %.1f MiB;"
                + " measured / codes = %.2f×%n", retained / 1048576.0, dataset.estimatedBytes() / 1048576.0,
                dataset.codeBytes() / 1048576.0, (double) retained / dataset.codeBytes());
        System.out.println("(" + dataset.rowCount() + " rows kept reachable until here)");
    }
}
