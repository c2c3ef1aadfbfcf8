package org.veil.engine.data;

/**
 * One dictionary-encoded column: a name, a data type, the distinct values and one int code per row.
 *
 * <p>The code array is shared, never copied, for speed: callers must treat {@link #codes()} as
 * read-only.
 */
public final class Column {

    private final String name;
    private final ColumnType type;
    private final Dictionary dictionary;
    private final int[] codes;

    public Column(String name, ColumnType type, Dictionary dictionary, int[] codes) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a column needs a name");
        }
        this.name = name;
        this.type = type;
        this.dictionary = dictionary;
        this.codes = codes;
    }

    public String name() {
        return name;
    }

    public ColumnType type() {
        return type;
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    /** The code of every row. Read-only by contract. */
    public int[] codes() {
        return codes;
    }

    public int code(int row) {
        return codes[row];
    }

    /** The value in a row; {@code null} if missing. */
    public String value(int row) {
        return dictionary.value(codes[row]);
    }

    public int rowCount() {
        return codes.length;
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, dictionary, codes);
    }

    /** Number of rows holding each code, indexed by code. */
    public int[] frequencies() {
        int[] counts = new int[dictionary.size()];
        for (int code : codes) {
            counts[code]++;
        }
        return counts;
    }

    long estimatedBytes() {
        return 16 + 4L * codes.length + dictionary.estimatedBytes();
    }
}
