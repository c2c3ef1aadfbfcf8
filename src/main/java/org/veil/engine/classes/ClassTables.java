package org.veil.engine.classes;

/**
 * Forms equivalence classes: once from the records at the bottom of the lattice, and from then on
 * by rolling up the classes of a more specific transformation, which never rereads the records.
 * Rolling up is valid because hierarchies are trees: the classes of T' ≥ T are unions of classes
 * of T, found by raising each class's codes to T''s levels.
 */
public final class ClassTables {

    /** One reusable index per thread: at most as many groups as the table rolled up has classes. */
    private static final ThreadLocal<CodeVectorIndex> INDEX = ThreadLocal.withInitial(() -> new CodeVectorIndex(1, 16));

    private ClassTables() {
    }

    /** The classes at the bottom (all levels 0), with the class of every record. */
    public static Grouping bottom(EncodedInput input) {
        int dims = input.dimensions();
        int records = input.records();
        int[][] level0 = new int[dims][];
        for (int d = 0; d < dims; d++) {
            level0[d] = input.hierarchy(d).levelMap(0);
        }
        CodeVectorIndex index = new CodeVectorIndex(dims, Math.min(records, 1 << 16));
        int[] vector = new int[dims];
        int[] recordClass = new int[records];
        for (int r = 0; r < records; r++) {
            for (int d = 0; d < dims; d++) {
                vector[d] = level0[d][input.qiColumn(d)[r]];
            }
            recordClass[r] = index.idOf(vector, 0);
        }
        int classes = index.size();
        int[] counts = new int[classes];
        for (int c : recordClass) {
            counts[c]++;
        }
        Histograms[] histograms = new Histograms[input.sensitive().size()];
        for (int s = 0; s < histograms.length; s++) {
            SensitiveAttribute attribute = input.sensitive().get(s);
            histograms[s] = Histograms.ofRecords(recordClass, classes, attribute.codes(), attribute.domain());
        }
        ClassTable table = new ClassTable(new int[dims], index.vectors(), counts, histograms);
        return new Grouping(table, recordClass);
    }

    /**
     * The classes at {@code levels} (each at least the table's own), rolled up from {@code table},
     * with the class each of the table's classes falls into.
     */
    public static Grouping rollUp(ClassTable table, int[] levels, EncodedInput input) {
        int dims = table.dimensions();
        int[][] raise = new int[dims][];
        for (int d = 0; d < dims; d++) {
            int from = table.level(d);
            if (levels[d] < from) {
                throw new IllegalArgumentException("cannot roll up to a more specific level");
            }
            if (levels[d] > from) {
                EncodedHierarchy hierarchy = input.hierarchy(d);
                raise[d] = new int[hierarchy.levelSize(from)];
                for (int code = 0; code < raise[d].length; code++) {
                    raise[d][code] = hierarchy.raise(code, from, levels[d]);
                }
            }
        }
        int size = table.size();
        int[] codes = table.rawCodes();
        int[] sizes = new int[dims];
        for (int d = 0; d < dims; d++) {
            sizes[d] = input.hierarchy(d).levelSize(levels[d]);
        }
        CodeVectorIndex index = INDEX.get();
        index.reset(dims, size, CodeVectorIndex.radixFor(sizes));
        int[] vector = new int[dims];
        int[] mapping = new int[size];
        for (int c = 0; c < size; c++) {
            int base = c * dims;
            for (int d = 0; d < dims; d++) {
                int code = codes[base + d];
                vector[d] = raise[d] == null ? code : raise[d][code];
            }
            mapping[c] = index.idOf(vector, 0);
        }
        int classes = index.size();
        int[] counts = new int[classes];
        for (int c = 0; c < size; c++) {
            counts[mapping[c]] += table.count(c);
        }
        Histograms[] histograms = new Histograms[table.rawHistograms().length];
        for (int s = 0; s < histograms.length; s++) {
            histograms[s] = table.rawHistograms()[s].merge(mapping, classes, input.sensitive().get(s).domain());
        }
        return new Grouping(new ClassTable(levels, index.vectors(), counts, histograms), mapping);
    }

    /**
     * Classes and where their members came from.
     *
     * @param table   the classes
     * @param mapping for every record (bottom) or every class of the table rolled up, its class
     */
    public record Grouping(ClassTable table, int[] mapping) {
    }
}
