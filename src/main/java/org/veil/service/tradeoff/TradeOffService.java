package org.veil.service.tradeoff;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffAnalysis;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.service.ExportService;
import org.veil.service.anonymize.AnonymizationOutcome;

/**
 * The trade-off between re-identification risk and information loss over the transformations an
 * anonymization checked ({@link TradeOffAnalysis}), and its points as a CSV file.
 */
public final class TradeOffService {

    /** The columns after the levels. */
    public static final List<String> VALUE_COLUMNS = List.of("risk", "loss", "anonymous", "on_frontier");

    private final ExportService export;

    public TradeOffService() {
        this(new ExportService());
    }

    public TradeOffService(ExportService export) {
        this.export = export;
    }

    /**
     * Forms the released classes of every transformation the run checked, or of the whole lattice;
     * see {@link TradeOffAnalysis#analyze(org.veil.engine.search.Anonymization,
     * org.veil.engine.search.SolutionSpace, TradeOffAnalysis.Scope, ProgressListener, CancellationToken)}.
     */
    public TradeOffAnalysis analyze(AnonymizationOutcome outcome, TradeOffAnalysis.Scope scope,
            ProgressListener progress, CancellationToken cancel) {
        return TradeOffAnalysis.analyze(outcome.anonymization(), outcome.result().space(), scope, progress, cancel);
    }

    /** The header of the CSV: {@code <quasi-identifier>_level} for each, then {@link #VALUE_COLUMNS}. */
    public static List<String> header(TradeOff tradeOff) {
        List<String> header = new ArrayList<>();
        for (String name : tradeOff.quasiIdentifiers()) {
            header.add(name + "_level");
        }
        header.addAll(VALUE_COLUMNS);
        return header;
    }

    /**
     * The points as a table, one row per transformation by number: its level per quasi-identifier,
     * the risk as a share (0 to 1, under the trade-off's measure), the metric value, and
     * {@code true}/{@code false} for whether it satisfies the models and is on the Pareto frontier.
     */
    public static Dataset table(TradeOff tradeOff) {
        DatasetBuilder builder = new DatasetBuilder(header(tradeOff), tradeOff.points().size());
        int dimensions = tradeOff.quasiIdentifiers().size();
        for (TradeOffPoint point : tradeOff.points()) {
            String[] row = new String[dimensions + VALUE_COLUMNS.size()];
            for (int d = 0; d < dimensions; d++) {
                row[d] = Integer.toString(point.level(d));
            }
            row[dimensions] = number(point.risk());
            row[dimensions + 1] = number(point.loss());
            row[dimensions + 2] = Boolean.toString(point.anonymous());
            row[dimensions + 3] = Boolean.toString(point.onFrontier());
            builder.addRow(row);
        }
        return builder.build();
    }

    /** Writes the points as CSV with the default options (comma, UTF-8), atomically. */
    public void exportCsv(TradeOff tradeOff, Path target, ProgressListener progress, CancellationToken cancel)
            throws IOException {
        export.exportCsv(table(tradeOff), target, CsvWriteOptions.defaults(), null, progress, cancel);
    }

    /** A number in full precision without an exponent, e.g. {@code 0.0001} rather than {@code 1.0E-4}. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }
}
