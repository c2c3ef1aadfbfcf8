package org.veil.engine.privacy;

import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.SensitiveAttribute;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * t-closeness with the sensitive attribute's hierarchy as ground distance: the differences q − p
 * are pushed up the tree; at every inner node n on level h of a hierarchy of height H, the mass
 * that can be matched among its children, min(pos(n), neg(n)), moves at cost h/H, and the rest
 * moves up. EMD is the total cost.
 */
public final class HierarchicalDistanceTCloseness extends TCloseness {

    private final Hierarchy hierarchy;

    public HierarchicalDistanceTCloseness(String attribute, double t, Hierarchy hierarchy) {
        super(attribute, t);
        this.hierarchy = hierarchy;
    }

    @Override
    protected Distance distance(SensitiveAttribute attribute) throws HierarchyException {
        EncodedHierarchy tree = EncodedHierarchy.encode(attribute.column(), hierarchy);
        int height = tree.height();
        int domain = attribute.domain();
        int[] leafOf = tree.levelMap(0);
        // One set of scratch arrays per thread: classes are checked in parallel.
        ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(tree, domain));
        return (histograms, c, records) -> {
            if (height == 0) {
                return 0;
            }
            Scratch work = scratch.get();
            double[][] net = work.net;
            double[][] positive = work.positive;
            double[][] negative = work.negative;
            double[] q = work.q;
            shares(histograms, c, records, q);
            java.util.Arrays.fill(net[0], 0);
            for (int code = 0; code < domain; code++) {
                net[0][leafOf[code]] += q[code] - attribute.share(code);
            }
            clear(histograms, c, q);
            double cost = 0;
            for (int level = 1; level <= height; level++) {
                java.util.Arrays.fill(positive[level], 0);
                java.util.Arrays.fill(negative[level], 0);
                for (int child = 0; child < net[level - 1].length; child++) {
                    double difference = net[level - 1][child];
                    int parent = tree.raise(child, level - 1, level);
                    if (difference > 0) {
                        positive[level][parent] += difference;
                    } else {
                        negative[level][parent] -= difference;
                    }
                }
                for (int node = 0; node < net[level].length; node++) {
                    cost += (double) level / height * Math.min(positive[level][node], negative[level][node]);
                    net[level][node] = positive[level][node] - negative[level][node];
                }
            }
            return cost;
        };
    }

    @Override
    public String groundDistance() {
        return "hierarchical";
    }

    /** Per-level differences and their positive and negative parts, and the class's shares. */
    private static final class Scratch {
        final double[][] net;
        final double[][] positive;
        final double[][] negative;
        final double[] q;

        Scratch(EncodedHierarchy tree, int domain) {
            int levels = tree.height() + 1;
            net = new double[levels][];
            positive = new double[levels][];
            negative = new double[levels][];
            for (int level = 0; level < levels; level++) {
                net[level] = new double[tree.levelSize(level)];
                positive[level] = new double[tree.levelSize(level)];
                negative[level] = new double[tree.levelSize(level)];
            }
            q = new double[domain];
        }
    }
}
