package org.veil.engine.classes;

import org.veil.engine.data.Column;

/**
 * A sensitive attribute as the privacy models see it: the value code of every record, the number
 * of distinct values, and the distribution P of the values over the whole input.
 */
public final class SensitiveAttribute {

    private final Column column;
    private final double[] distribution;

    public SensitiveAttribute(Column column) {
        this.column = column;
        int[] frequencies = column.frequencies();
        this.distribution = new double[frequencies.length];
        for (int code = 0; code < frequencies.length; code++) {
            distribution[code] = (double) frequencies[code] / column.rowCount();
        }
    }

    public String name() {
        return column.name();
    }

    public Column column() {
        return column;
    }

    /** Number of distinct values (codes run from 0 to domain − 1). */
    public int domain() {
        return column.dictionary().size();
    }

    /** The share of records holding a value code in the whole input. */
    public double share(int code) {
        return distribution[code];
    }

    int[] codes() {
        return column.codes();
    }
}
