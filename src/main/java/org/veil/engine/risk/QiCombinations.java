package org.veil.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;

/**
 * Which combinations of quasi-identifiers single people out, measured as Motwani and Xu do
 * ("Efficient algorithms for masking and finding quasi-identifiers", VLDB 2007): for a subset of
 * attributes, its α-distinction (distinct value combinations / records: the subset becomes a key
 * once a 1 − α share of records is removed) and its α-separation (the share of record pairs that
 * differ on at least one of its attributes, 1 − Σ_E C(|E|,2) / C(n,2)), plus the share of records
 * unique on it.
 *
 * <p>The records are grouped once on all quasi-identifiers with the search's class tables; a subset
 * is then the transformation that keeps its attributes and generalizes every other one to a single
 * value, so its classes are rolled up from those bottom classes without rereading the records.
 * The data is taken as given: in a released dataset the suppressed records, all {@code *}, group
 * together like any other value combination.
 */
public final class QiCombinations {

    /** At most this many subsets are measured unless asked otherwise: 8 attributes up to triples is 92. */
    public static final int DEFAULT_LIMIT = 200;

    /**
     * One subset of the quasi-identifiers.
     *
     * @param attributes  the subset, in the order the quasi-identifiers were given
     * @param distinction distinct value combinations / records; 0 without records
     * @param separation  the share of record pairs differing on the subset; 1 with a single record
     *                    (no pair is left together), 0 without records
     * @param uniqueShare the share of records whose combination no other record has; 0 without records
     */
    public record Combination(List<String> attributes, double distinction, double separation, double uniqueShare) {
        public Combination {
            attributes = List.copyOf(attributes);
        }
    }

    private QiCombinations() {
    }

    /** {@link #of(Dataset, List, int, int, ProgressListener, CancellationToken)} with the {@link #DEFAULT_LIMIT}. */
    public static List<Combination> of(Dataset data, List<String> qis, int maxSize, ProgressListener progress,
            CancellationToken cancel) {
        return of(data, qis, maxSize, DEFAULT_LIMIT, progress, cancel);
    }

    /**
     * Measures every non-empty subset of the quasi-identifiers of at most {@code maxSize} attributes,
     * smaller subsets first (each size in lexicographic order of the attributes' positions), stopping
     * after {@code limit} subsets; {@link #subsetCount} tells whether the limit cut some off.
     *
     * @return the subsets by distinction, then separation, descending; then smaller first
     * @throws IllegalArgumentException if a column is missing or named twice, there are no
     *                                  quasi-identifiers, or maxSize or limit is below 1
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public static List<Combination> of(Dataset data, List<String> qis, int maxSize, int limit,
            ProgressListener progress, CancellationToken cancel) {
        if (qis.isEmpty() || new LinkedHashSet<>(qis).size() != qis.size()) {
            throw new IllegalArgumentException("name each quasi-identifier once, at least one: " + qis);
        }
        if (maxSize < 1 || limit < 1) {
            throw new IllegalArgumentException("the largest subset and the number of subsets must be at least 1");
        }
        List<Column> columns = new ArrayList<>(qis.size());
        for (String name : qis) {
            columns.add(data.column(name)); // fails with the column list if absent
        }
        List<int[]> subsets = subsets(qis.size(), maxSize, limit);
        progress.progress(0, "Grouping the records");
        cancel.throwIfCancelled();
        EncodedInput input = data.rowCount() == 0 ? null : flatInput(columns);
        ClassTable bottom = input == null ? null : ClassTables.bottom(input).table();
        List<Combination> combinations = new ArrayList<>(subsets.size());
        for (int s = 0; s < subsets.size(); s++) {
            cancel.throwIfCancelled();
            int[] subset = subsets.get(s);
            List<String> names = Arrays.stream(subset).mapToObj(qis::get).toList();
            progress.progress((double) s / subsets.size(), "Measuring " + String.join(", ", names));
            combinations.add(bottom == null ? new Combination(names, 0, 0, 0)
                    : measure(names, ClassTables.rollUp(bottom, levels(subset, qis.size()), input).table()));
        }
        progress.progress(1, "Measured " + subsets.size() + " combinations");
        combinations.sort(Comparator.comparingDouble(Combination::distinction).reversed()
                .thenComparing(Comparator.comparingDouble(Combination::separation).reversed())
                .thenComparingInt(c -> c.attributes().size()));
        return combinations;
    }

    /** The number of non-empty subsets of at most maxSize of the attributes, Σ_k C(attributes, k). */
    public static long subsetCount(int attributes, int maxSize) {
        long count = 0;
        long choose = 1; // C(attributes, size)
        for (int size = 1; size <= Math.min(maxSize, attributes); size++) {
            choose = choose * (attributes - size + 1) / size;
            count += choose;
        }
        return count;
    }

    /** The first {@code limit} subsets as attribute positions: by size, each size in lexicographic order. */
    static List<int[]> subsets(int attributes, int maxSize, int limit) {
        List<int[]> subsets = new ArrayList<>();
        for (int size = 1; size <= Math.min(maxSize, attributes) && subsets.size() < limit; size++) {
            int[] subset = new int[size];
            for (int i = 0; i < size; i++) {
                subset[i] = i;
            }
            while (subsets.size() < limit) {
                subsets.add(subset.clone());
                int i = size - 1;
                while (i >= 0 && subset[i] == attributes - size + i) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                subset[i]++;
                for (int j = i + 1; j < size; j++) {
                    subset[j] = subset[j - 1] + 1;
                }
            }
        }
        return subsets;
    }

    /** The counts of one subset's classes, in one pass. */
    private static Combination measure(List<String> names, ClassTable classes) {
        long records = 0;
        long uniques = 0;
        long pairsTogether = 0;
        for (int c = 0; c < classes.size(); c++) {
            long size = classes.count(c);
            records += size;
            uniques += size == 1 ? 1 : 0;
            pairsTogether += size * (size - 1) / 2;
        }
        long pairs = records * (records - 1) / 2;
        double separation = pairs == 0 ? 1 : 1 - (double) pairsTogether / pairs;
        return new Combination(names, (double) classes.size() / records, separation, (double) uniques / records);
    }

    /** Level 0 (the values) for the subset's attributes, 1 (one value for all) for the others. */
    private static int[] levels(int[] subset, int attributes) {
        int[] levels = new int[attributes];
        Arrays.fill(levels, 1);
        for (int d : subset) {
            levels[d] = 0;
        }
        return levels;
    }

    /** The columns with hierarchies that either keep a value or make every value {@code *}. */
    private static EncodedInput flatInput(List<Column> columns) {
        List<EncodedHierarchy> hierarchies = new ArrayList<>(columns.size());
        List<int[]> codes = new ArrayList<>(columns.size());
        for (Column column : columns) {
            hierarchies.add(flat(column));
            codes.add(column.codes());
        }
        return new EncodedInput(hierarchies, codes, List.of());
    }

    private static EncodedHierarchy flat(Column column) {
        // Hierarchies read a missing value as the empty one, as anonymization does.
        Set<String> values = new LinkedHashSet<>();
        for (String value : column.dictionary().values()) {
            values.add(value == null ? "" : value);
        }
        List<String[]> rows = new ArrayList<>(values.size());
        for (String value : values) {
            rows.add(new String[] {value, "*"});
        }
        try {
            return EncodedHierarchy.encode(column, Hierarchy.of(rows));
        } catch (HierarchyException e) {
            throw new IllegalStateException("a flat hierarchy of a column's own values is always valid", e);
        }
    }
}
