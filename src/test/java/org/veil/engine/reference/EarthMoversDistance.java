package org.veil.engine.reference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veil.engine.hierarchy.Hierarchy;

/** The three ground distances of t-closeness, written out as in DEFINITIONS.md. */
final class EarthMoversDistance {

    private EarthMoversDistance() {
    }

    /** ½ Σ_s |q_s − p_s| over every value of either distribution. */
    static double equal(Map<String, Double> q, Map<String, Double> p) {
        Set<String> values = new HashSet<>(p.keySet());
        values.addAll(q.keySet());
        double sum = 0;
        for (String value : values) {
            sum += Math.abs(share(q, value) - share(p, value));
        }
        return sum / 2;
    }

    /** (1/(m−1)) Σ_i |Σ_{j≤i} (q_j − p_j)| over the values v_1 < … < v_m. */
    static double ordered(List<String> ascending, Map<String, Double> q, Map<String, Double> p) {
        int m = ascending.size();
        if (m <= 1) {
            return 0;
        }
        double cumulative = 0;
        double sum = 0;
        for (String value : ascending) {
            cumulative += share(q, value) - share(p, value);
            sum += Math.abs(cumulative);
        }
        return sum / (m - 1);
    }

    /**
     * Pushes the differences q − p up the hierarchy: at every inner node n of level h, the matched
     * mass min(pos(n), neg(n)) costs h/H and the net difference moves up to n's parent.
     */
    static double hierarchical(Hierarchy hierarchy, Map<String, Double> q, Map<String, Double> p) {
        int height = hierarchy.height();
        if (height == 0) {
            return 0;
        }
        List<String[]> rows = hierarchy.rows();
        Map<String, Double> qByRow = byRowValue(q);
        Map<String, Double> pByRow = byRowValue(p);
        Map<String, Double> net = new HashMap<>();
        for (String[] row : rows) {
            net.put(row[0], share(qByRow, row[0]) - share(pByRow, row[0]));
        }
        double cost = 0;
        for (int level = 1; level <= height; level++) {
            Map<String, String> parentOf = new HashMap<>();
            for (String[] row : rows) {
                parentOf.put(row[level - 1], row[level]);
            }
            Map<String, Double> positive = new HashMap<>();
            Map<String, Double> negative = new HashMap<>();
            for (Map.Entry<String, Double> child : net.entrySet()) {
                String parent = parentOf.get(child.getKey());
                positive.merge(parent, Math.max(0, child.getValue()), Double::sum);
                negative.merge(parent, Math.max(0, -child.getValue()), Double::sum);
            }
            Map<String, Double> up = new HashMap<>();
            for (String node : positive.keySet()) {
                double pos = positive.get(node);
                double neg = negative.get(node);
                cost += (double) level / height * Math.min(pos, neg);
                up.put(node, pos - neg);
            }
            net = up;
        }
        return cost;
    }

    /** A hierarchy lists a missing value as the empty value. */
    private static Map<String, Double> byRowValue(Map<String, Double> distribution) {
        Map<String, Double> byRow = new HashMap<>();
        distribution.forEach((value, share) -> byRow.merge(value == null ? "" : value, share, Double::sum));
        return byRow;
    }

    private static double share(Map<String, Double> distribution, String value) {
        return distribution.getOrDefault(value, 0.0);
    }
}
