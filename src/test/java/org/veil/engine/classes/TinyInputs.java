package org.veil.engine.classes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Builds tiny engine inputs for hand-computed tests: datasets from {@code ;}-separated rows,
 * hierarchies from {@code value;level1;…;top} rows, and encoded inputs over chosen columns. Shared
 * by the class-table, privacy-model and metric tests.
 */
public final class TinyInputs {

    private TinyInputs() {
    }

    /** A dataset with the header's column names and one {@code ;}-separated row per string. */
    public static Dataset dataset(String header, String... rows) {
        DatasetBuilder builder = new DatasetBuilder(Arrays.asList(header.split(";", -1)), rows.length);
        for (String row : rows) {
            builder.addRow(row.split(";", -1));
        }
        return builder.build();
    }

    /** A hierarchy from rows written {@code value;level1;…;top}. */
    public static Hierarchy hierarchy(String... rows) throws HierarchyException {
        List<String[]> split = new ArrayList<>();
        for (String row : rows) {
            split.add(row.split(";", -1));
        }
        return Hierarchy.of(split);
    }

    /** A hierarchy that generalizes every value of a column straight to {@code *} (height 1). */
    public static Hierarchy flat(Dataset data, String column) throws HierarchyException {
        List<String[]> rows = new ArrayList<>();
        for (String value : data.column(column).dictionary().values()) {
            rows.add(new String[] {value == null ? "" : value, "*"});
        }
        return Hierarchy.of(rows);
    }

    /**
     * The encoded input of a dataset: quasi-identifiers {@code qis} with their {@code hierarchies}
     * (same order), and the sensitive attributes.
     */
    public static EncodedInput input(Dataset data, List<String> qis, List<Hierarchy> hierarchies,
            List<String> sensitive) throws HierarchyException {
        List<EncodedHierarchy> encoded = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        for (int d = 0; d < qis.size(); d++) {
            encoded.add(EncodedHierarchy.encode(data.column(qis.get(d)), hierarchies.get(d)));
            codes.add(data.column(qis.get(d)).codes());
        }
        List<SensitiveAttribute> attributes = new ArrayList<>();
        for (String name : sensitive) {
            attributes.add(new SensitiveAttribute(data.column(name)));
        }
        return new EncodedInput(encoded, codes, attributes);
    }

    /**
     * One quasi-identifier {@code g} whose values are the classes (flat hierarchy) and one sensitive
     * attribute {@code s}: each string {@code "A:x"} is a record of class A holding value x. The
     * bottom classes are numbered in order of each class's first record.
     */
    public static EncodedInput classes(String... records) throws HierarchyException {
        String[] rows = new String[records.length];
        for (int r = 0; r < records.length; r++) {
            rows[r] = records[r].replace(':', ';');
        }
        Dataset data = dataset("g;s", rows);
        return input(data, List.of("g"), List.of(flat(data, "g")), List.of("s"));
    }

    /** The label of class {@code c}'s value in quasi-identifier {@code d}, at the table's level. */
    public static String label(EncodedInput input, ClassTable table, int c, int d) {
        return input.hierarchy(d).label(table.level(d), table.code(c, d));
    }

    /** Class {@code c}'s histogram of sensitive attribute {@code s} as "value=count" sorted by value. */
    public static List<String> histogram(EncodedInput input, ClassTable table, int s, int c) {
        Histograms histograms = table.histograms(s);
        List<String> entries = new ArrayList<>();
        for (int e = histograms.begin(c); e < histograms.end(c); e++) {
            entries.add(input.sensitive().get(s).column().dictionary().value(histograms.value(e)) + "="
                    + histograms.count(e));
        }
        entries.sort(null);
        return entries;
    }
}
