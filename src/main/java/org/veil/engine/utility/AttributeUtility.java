package org.veil.engine.utility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.AttributeMetrics;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.QuasiIdentifier;
import org.veil.engine.search.Transformed;

/**
 * How much one quasi-identifier lost in a transformation.
 *
 * <p>Generalization intensity describes the generalization function on the values present in the
 * input, regardless of suppression: {@link #generalizationIntensity()} is level / height;
 * {@code distinctBefore} and {@code distinctAfter} count the distinct non-missing original values and
 * their distinct generalizations at the level; {@code mergedValueShare} is the share of those original
 * values whose generalized value also stands for at least one other original value present in the
 * data (1 when every value was merged with another, 0 when generalization kept them all apart).
 *
 * <p>Cells: a record is suppressed when its quasi-identifiers were replaced by {@code *} although
 * their generalization is not {@code *}; {@code suppressedCells} counts them (the same for every
 * quasi-identifier, as whole records are suppressed), {@code missingCells} the other records whose
 * released value is missing (null or empty).
 *
 * <p>Metrics, computed with the metric code's per-attribute parts ({@link AttributeMetrics}), so they
 * add up to the whole-data metrics: {@code nonUniformEntropy} is this attribute's term of the
 * monotonic non-uniform entropy (bits, suppression not charged; the sum over the quasi-identifiers is
 * the {@code entropy} metric), {@code nonUniformEntropyWithSuppression} adds this attribute's charge
 * for the suppressed records (the sum is {@code entropy-nm}), and {@code loss} is the mean loss of this
 * attribute's cells, suppressed cells losing 1 (the mean over the quasi-identifiers is {@code loss}).
 *
 * @param records the number of records (cells of this attribute)
 */
public record AttributeUtility(String attribute, int level, int height, int distinctBefore, int distinctAfter,
        double mergedValueShare, int records, int suppressedCells, int missingCells, double nonUniformEntropy,
        double nonUniformEntropyWithSuppression, double loss) {

    /** Level / height, in [0, 1]; 0 for a hierarchy of height 0. */
    public double generalizationIntensity() {
        return height == 0 ? 0 : (double) level / height;
    }

    /** Share of this attribute's cells that were suppressed. */
    public double suppressedShare() {
        return records == 0 ? 0 : (double) suppressedCells / records;
    }

    /** Share of this attribute's cells released missing (not counting suppressed ones). */
    public double missingShare() {
        return records == 0 ? 0 : (double) missingCells / records;
    }

    /** Share of this attribute's cells that are missing or suppressed in the output. */
    public double missingOrSuppressedShare() {
        return records == 0 ? 0 : (double) (missingCells + suppressedCells) / records;
    }

    /**
     * The utility of every quasi-identifier of a transformation found or applied by an
     * {@link org.veil.engine.search.Anonymization} of {@code input} under {@code config}.
     *
     * @throws IllegalArgumentException if the transformation's output does not come from this input
     */
    public static List<AttributeUtility> of(Dataset input, AnonymizationConfig config, Transformed transformed) {
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        for (QuasiIdentifier qi : config.quasiIdentifiers()) {
            qis.put(qi.column(), qi.hierarchy());
        }
        try {
            return of(input, transformed.output(), qis, transformed.levels());
        } catch (HierarchyException e) {
            throw new IllegalArgumentException("the input is not the data that was anonymized: " + e.getMessage(), e);
        }
    }

    /**
     * The utility of every quasi-identifier, in the order of {@code qis}, of an output released from
     * {@code input} by generalizing each quasi-identifier to its level in {@code levels} and
     * suppressing records.
     *
     * @throws HierarchyException       if a hierarchy does not cover its column's values
     * @throws IllegalArgumentException if a column or level is missing, the row counts differ, or an
     *                                  output value is neither the generalization of its input value
     *                                  nor {@code *}
     */
    public static List<AttributeUtility> of(Dataset input, Dataset output, Map<String, Hierarchy> qis,
            Map<String, Integer> levels) throws HierarchyException {
        if (input.rowCount() != output.rowCount()) {
            throw new IllegalArgumentException("the output has " + output.rowCount() + " rows, the input "
                    + input.rowCount());
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Map.Entry<String, Hierarchy> qi : qis.entrySet()) {
            Integer level = levels.get(qi.getKey());
            if (level == null) {
                throw new IllegalArgumentException("no level given for quasi-identifier '" + qi.getKey() + "'");
            }
            attributes.add(new Attribute(input.column(qi.getKey()), output.column(qi.getKey()), qi.getValue(), level));
        }
        boolean[] suppressed = suppressedRecords(attributes, input.rowCount());
        int suppressedCount = 0;
        for (boolean s : suppressed) {
            suppressedCount += s ? 1 : 0;
        }
        List<AttributeUtility> result = new ArrayList<>(attributes.size());
        for (Attribute attribute : attributes) {
            result.add(attribute.utility(suppressed, suppressedCount));
        }
        return result;
    }

    /** Records whose quasi-identifiers show {@code *} where their generalization is something else. */
    private static boolean[] suppressedRecords(List<Attribute> attributes, int records) {
        boolean[] suppressed = new boolean[records];
        for (Attribute attribute : attributes) {
            int[] in = attribute.input.codes();
            int[] out = attribute.output.codes();
            for (int r = 0; r < records; r++) {
                int expected = attribute.expectedOutput[in[r]];
                if (out[r] != expected) {
                    if (out[r] != attribute.star) {
                        throw new IllegalArgumentException(String.format(
                                "row %d of '%s' holds '%s', which is neither '%s' (level %d) nor %s", r + 1,
                                attribute.input.name(), attribute.output.value(r),
                                attribute.hierarchy.label(attribute.level, attribute.hierarchy.generalize(in[r],
                                        attribute.level)), attribute.level, Values.SUPPRESSED));
                    }
                    suppressed[r] = true;
                }
            }
        }
        return suppressed;
    }

    /** One quasi-identifier: its columns, encoded hierarchy and the output code each input code must become. */
    private static final class Attribute {
        final Column input;
        final Column output;
        final EncodedHierarchy hierarchy;
        final int level;
        final int[] expectedOutput;
        final int star;

        Attribute(Column input, Column output, Hierarchy hierarchy, int level) throws HierarchyException {
            this.input = input;
            this.output = output;
            this.hierarchy = EncodedHierarchy.encode(input, hierarchy);
            if (level < 0 || level > hierarchy.height()) {
                throw new IllegalArgumentException("level " + level + " of '" + input.name()
                        + "' is outside 0.." + hierarchy.height());
            }
            this.level = level;
            Dictionary outDictionary = output.dictionary();
            this.star = outDictionary.codeOf(Values.SUPPRESSED);
            this.expectedOutput = new int[input.dictionary().size()];
            for (int code = 0; code < expectedOutput.length; code++) {
                String label = this.hierarchy.label(level, this.hierarchy.generalize(code, level));
                int outCode = outDictionary.codeOf(label);
                if (outCode < 0 && Values.isMissing(label)) {
                    outCode = outDictionary.missingCode();
                }
                expectedOutput[code] = outCode < 0 ? -2 : outCode; // -2: no output code can match
            }
        }

        AttributeUtility utility(boolean[] suppressed, int suppressedCount) {
            int[] in = input.codes();
            int[] out = output.codes();
            int records = in.length;
            Dictionary outDictionary = output.dictionary();
            boolean[] outMissing = new boolean[outDictionary.size()];
            for (int code = 0; code < outMissing.length; code++) {
                outMissing[code] = Values.isMissing(outDictionary.value(code));
            }
            int[] toLevel = hierarchy.levelMap(level);
            double[] cellLoss = new double[hierarchy.levelSize(level)];
            for (int code = 0; code < cellLoss.length; code++) {
                cellLoss[code] = AttributeMetrics.cellLoss(hierarchy, level, code);
            }
            int missing = 0;
            double loss = suppressedCount; // a suppressed cell loses 1
            long[] suppressedGroups = new long[hierarchy.levelSize(level)];
            for (int r = 0; r < records; r++) {
                int levelCode = toLevel[in[r]];
                if (suppressed[r]) {
                    suppressedGroups[levelCode]++;
                } else {
                    loss += cellLoss[levelCode];
                    if (outMissing[out[r]]) {
                        missing++;
                    }
                }
            }
            double entropy = AttributeMetrics.levelEntropies(hierarchy, AttributeMetrics.leafFrequencies(hierarchy, in))[level];
            double suppressionCharge = suppressedCount == 0 ? 0
                    : AttributeMetrics.groupEntropy(suppressedGroups, suppressedCount);

            // Distinct present, non-missing original values and their generalizations.
            int[] frequencies = input.frequencies();
            Dictionary inDictionary = input.dictionary();
            int[] valuesPerGroup = new int[hierarchy.levelSize(level)];
            int before = 0;
            int after = 0;
            for (int code = 0; code < frequencies.length; code++) {
                if (frequencies[code] > 0 && !Values.isMissing(inDictionary.value(code))) {
                    before++;
                    if (valuesPerGroup[toLevel[code]]++ == 0) {
                        after++;
                    }
                }
            }
            int merged = 0;
            for (int code = 0; code < frequencies.length; code++) {
                if (frequencies[code] > 0 && !Values.isMissing(inDictionary.value(code))
                        && valuesPerGroup[toLevel[code]] > 1) {
                    merged++;
                }
            }
            return new AttributeUtility(input.name(), level, hierarchy.height(), before, after,
                    before == 0 ? 0 : (double) merged / before, records, suppressedCount, missing, entropy,
                    entropy + suppressionCharge, records == 0 ? 0 : loss / records);
        }
    }
}
