package org.veil.engine.privacy;

import java.util.Arrays;
import java.util.Comparator;
import org.veil.engine.classes.SensitiveAttribute;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dictionary;

/**
 * t-closeness on ordered values v1 &lt; … &lt; vm (numbers, dates, or text in alphabetical order):
 * EMD = 1/(m−1) · Σ_i |Σ_{j≤i} (q_j − p_j)|, moving mass between neighbours costs 1/(m−1).
 */
public final class OrderedDistanceTCloseness extends TCloseness {

    public OrderedDistanceTCloseness(String attribute, double t) {
        super(attribute, t);
    }

    @Override
    protected Distance distance(SensitiveAttribute attribute) {
        int[] order = order(attribute);
        int m = order.length;
        // One scratch array per thread: classes are checked in parallel.
        ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[attribute.domain()]);
        return (histograms, c, records) -> {
            if (m <= 1) {
                return 0;
            }
            double[] q = scratch.get();
            shares(histograms, c, records, q);
            double cumulative = 0;
            double sum = 0;
            for (int i = 0; i < m - 1; i++) {
                int code = order[i];
                cumulative += q[code] - attribute.share(code);
                sum += Math.abs(cumulative);
            }
            clear(histograms, c, q);
            return sum / (m - 1);
        };
    }

    /** The value codes sorted by value: by number or date where the column's type says so, else by text. */
    static int[] order(SensitiveAttribute attribute) {
        Dictionary dictionary = attribute.column().dictionary();
        ColumnType type = attribute.column().type();
        Integer[] codes = new Integer[dictionary.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i;
        }
        Comparator<Integer> byValue = (a, b) -> compare(type, dictionary.value(a), dictionary.value(b));
        Arrays.sort(codes, byValue);
        return Arrays.stream(codes).mapToInt(Integer::intValue).toArray();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(ColumnType type, String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1; // missing first
        }
        Comparable pa = type.parse(a);
        Comparable pb = type.parse(b);
        if (pa != null && pb != null) {
            return pa.compareTo(pb);
        }
        return a.compareTo(b);
    }

    @Override
    public String groundDistance() {
        return "ordered";
    }
}
