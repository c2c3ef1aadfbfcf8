package org.veil.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark input: rows drawn from the bundled Adult extract, where each value is
 * replaced by another of its column's domain with a fixed chance (so large files have many more
 * distinct combinations than repeated copies), plus a tenth column of weekly working hours.
 */
final class AdultLikeCsv {

    private static final double MIX = 0.15;

    private AdultLikeCsv() {
    }

    static void write(Path adult, int rows, long seed, Path target) throws IOException {
        List<String[]> records = new ArrayList<>();
        String[] header = null;
        for (String line : Files.readAllLines(adult, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(";", -1);
            if (header == null) {
                header = fields;
            } else {
                records.add(fields);
            }
        }
        List<List<String>> domains = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            for (String[] record : records) {
                values.add(record[c]);
            }
            domains.add(new ArrayList<>(values));
        }
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write(String.join(";", header) + ";hours-per-week\n");
            StringBuilder line = new StringBuilder(160);
            for (int r = 0; r < rows; r++) {
                String[] record = records.get(random.nextInt(records.size()));
                line.setLength(0);
                for (int c = 0; c < record.length; c++) {
                    String value = random.nextDouble() < MIX
                            ? domains.get(c).get(random.nextInt(domains.get(c).size())) : record[c];
                    line.append(value).append(';');
                }
                line.append(1 + random.nextInt(99)).append('\n');
                out.write(line.toString());
            }
        }
    }
}
