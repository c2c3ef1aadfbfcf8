package org.veil.engine.tradeoff;

import java.util.Arrays;
import org.veil.engine.risk.ClassSizes;

/**
 * A release's class sizes as a histogram: each distinct size of a released class and how many
 * classes have it, plus the records in all and suppressed. Enough for every {@link RiskMeasure}
 * at any threshold, and small whatever the data (a few hundred distinct sizes at most in practice),
 * so the trade-off keeps one per transformation and changes measure or threshold without forming
 * classes again.
 */
public final class ClassSizeCounts {

    private final int[] sizes;
    private final int[] counts;
    private final int classes;
    private final int records;
    private final int released;

    private ClassSizeCounts(int[] sizes, int[] counts, int records) {
        this.sizes = sizes;
        this.counts = counts;
        int classCount = 0;
        int releasedRecords = 0;
        for (int i = 0; i < sizes.length; i++) {
            classCount += counts[i];
            releasedRecords += sizes[i] * counts[i];
        }
        this.classes = classCount;
        this.records = records;
        this.released = releasedRecords;
    }

    /** The histogram of released classes; {@link ClassSizes} keeps its sizes sorted. */
    public static ClassSizeCounts of(ClassSizes classes) {
        int[] sorted = classes.sizes();
        int[] sizes = new int[sorted.length];
        int[] counts = new int[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (distinct > 0 && sizes[distinct - 1] == sorted[i]) {
                counts[distinct - 1]++;
            } else {
                sizes[distinct] = sorted[i];
                counts[distinct++] = 1;
            }
        }
        return new ClassSizeCounts(Arrays.copyOf(sizes, distinct), Arrays.copyOf(counts, distinct), classes.records());
    }

    /** Released classes. */
    public int classes() {
        return classes;
    }

    /** All records, released or suppressed. */
    public int records() {
        return records;
    }

    public int releasedRecords() {
        return released;
    }

    public int suppressedRecords() {
        return records - released;
    }

    /**
     * The risk under a measure, in [0, 1]; 0 when nothing is released.
     *
     * @param threshold for {@link RiskMeasure#SHARE_AT_RISK}: records whose risk exceeds it are at risk
     */
    public double risk(RiskMeasure measure, double threshold) {
        if (classes == 0) {
            return 0;
        }
        return switch (measure) {
            case AVERAGE -> (double) classes / released;
            case HIGHEST -> 1.0 / sizes[0];
            case SHARE_AT_RISK -> (double) recordsAtRisk(threshold) / records;
        };
    }

    /** Released records whose risk exceeds the threshold: those in classes of fewer than 1 / threshold. */
    public int recordsAtRisk(double threshold) {
        int atRisk = 0;
        for (int i = 0; i < sizes.length && 1.0 / sizes[i] > threshold; i++) {
            atRisk += sizes[i] * counts[i];
        }
        return atRisk;
    }
}
