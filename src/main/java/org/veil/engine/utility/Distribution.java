package org.veil.engine.utility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dictionary;

/**
 * The frequency distribution of one column: the {@code topN} most frequent values with their counts,
 * sorted by count (descending) then value (numerically for numeric columns, else by text; missing
 * last), and the rest gathered in an "others" bucket. Missing values ({@code null} or empty) are one
 * entry with value {@code null}. The counts of the entries and the others add up to {@code total}.
 *
 * @param total          the number of rows
 * @param othersCount    rows holding a value beyond the top N
 * @param othersDistinct how many distinct values the others bucket gathers
 */
public record Distribution(String column, long total, List<Entry> entries, long othersCount, int othersDistinct) {

    /**
     * One value and how many rows hold it.
     *
     * @param value the value; {@code null} for missing
     */
    public record Entry(String value, long count) {

        /** The share of {@code total} rows. */
        public double share(long total) {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    public Distribution {
        entries = List.copyOf(entries);
    }

    /**
     * The distribution of a column.
     *
     * @param topN how many values to list before the others bucket; {@link Integer#MAX_VALUE} for all
     * @throws IllegalArgumentException if {@code topN} is negative
     */
    public static Distribution of(Column column, int topN) {
        if (topN < 0) {
            throw new IllegalArgumentException("top N must not be negative, was " + topN);
        }
        List<int[]> ranked = ranked(column);
        Dictionary dictionary = column.dictionary();
        List<Entry> entries = new ArrayList<>();
        long others = 0;
        for (int i = 0; i < ranked.size(); i++) {
            int[] codeAndCount = ranked.get(i);
            if (i < topN) {
                String value = dictionary.value(codeAndCount[0]);
                entries.add(new Entry(Values.isMissing(value) ? null : value, codeAndCount[1]));
            } else {
                others += codeAndCount[1];
            }
        }
        return new Distribution(column.name(), column.rowCount(), entries, others,
                Math.max(0, ranked.size() - topN));
    }

    /** The share of all rows the others bucket holds. */
    public double othersShare() {
        return total == 0 ? 0 : (double) othersCount / total;
    }

    /**
     * The canonical codes of the values present (null and empty merged), each with its count, in
     * distribution order.
     */
    static List<int[]> ranked(Column column) {
        Dictionary dictionary = column.dictionary();
        int[] canonical = Values.canonicalCodes(dictionary);
        int[] counts = new int[dictionary.size()];
        for (int code : column.codes()) {
            counts[canonical[code]]++;
        }
        List<int[]> ranked = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] > 0) {
                ranked.add(new int[] {code, counts[code]});
            }
        }
        Comparator<String> order = Values.order(column.type());
        ranked.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
                : order.compare(dictionary.value(a[0]), dictionary.value(b[0])));
        return ranked;
    }
}
