package org.veil.engine.reference;

import java.util.HashMap;
import java.util.Map;
import org.veil.engine.hierarchy.Hierarchy;

/** The metrics of DEFINITIONS.md, computed cell by cell from a {@link Release}. */
final class ReferenceMetric {

    private ReferenceMetric() {
    }

    static double value(ReferenceProblem problem, Release release) {
        return switch (problem.metric()) {
            case "loss" -> loss(problem, release);
            case "precision" -> precision(problem, release);
            case "height" -> height(release);
            case "discernibility" -> discernibility(release);
            case "aecs" -> averageClassSize(release);
            case "entropy" -> generalizationEntropy(problem, release);
            case "entropy-nm" -> generalizationEntropy(problem, release) + suppressionEntropy(problem, release);
            default -> throw new IllegalArgumentException("unknown metric " + problem.metric());
        };
    }

    /** Mean over cells of (leaves under the generalized value − 1) / (domain size − 1); suppressed cells 1. */
    private static double loss(ReferenceProblem problem, Release release) {
        boolean[] suppressed = release.suppressedRecordFlags();
        double sum = 0;
        for (int d = 0; d < problem.dimensions(); d++) {
            Hierarchy hierarchy = problem.quasiIdentifiers().get(d).hierarchy();
            int level = release.levels()[d];
            Map<String, Integer> leavesUnder = new HashMap<>();
            for (int r = 0; r < release.records(); r++) {
                if (suppressed[r]) {
                    sum += 1;
                } else if (hierarchy.size() > 1) {
                    int leaves = leavesUnder.computeIfAbsent(release.generalized()[r][d],
                            g -> leavesUnder(hierarchy, level, g));
                    sum += (leaves - 1) / (double) (hierarchy.size() - 1);
                }
            }
        }
        return sum / ((double) release.records() * problem.dimensions());
    }

    /** Hierarchy rows whose value at {@code level} is {@code generalized}. */
    private static int leavesUnder(Hierarchy hierarchy, int level, String generalized) {
        int count = 0;
        for (String[] row : hierarchy.rows()) {
            if (row[level].equals(generalized)) {
                count++;
            }
        }
        return count;
    }

    /** Mean over cells of level / height (0 for a hierarchy of height 0); suppressed cells 1. */
    private static double precision(ReferenceProblem problem, Release release) {
        boolean[] suppressed = release.suppressedRecordFlags();
        double sum = 0;
        for (int r = 0; r < release.records(); r++) {
            for (int d = 0; d < problem.dimensions(); d++) {
                int height = problem.height(d);
                sum += suppressed[r] ? 1 : height == 0 ? 0 : (double) release.levels()[d] / height;
            }
        }
        return sum / ((double) release.records() * problem.dimensions());
    }

    private static double height(Release release) {
        int sum = 0;
        for (int level : release.levels()) {
            sum += level;
        }
        return sum;
    }

    /** Σ_E |E|² over retained classes + N · |suppressed|. */
    private static double discernibility(Release release) {
        double sum = (double) release.records() * release.suppressedRecords();
        for (int c = 0; c < release.classes().size(); c++) {
            if (!release.suppressed()[c]) {
                sum += (double) release.classes().get(c).size() * release.classes().get(c).size();
            }
        }
        return sum;
    }

    /** N / (retained classes, plus 1 if anything is suppressed). */
    private static double averageClassSize(Release release) {
        int groups = release.retainedClasses() + (release.suppressedRecords() > 0 ? 1 : 0);
        return (double) release.records() / groups;
    }

    /** Σ_QI Σ_records −log2(c(v) / c(g(v))), counts over the whole input, suppressed records included. */
    private static double generalizationEntropy(ReferenceProblem problem, Release release) {
        double sum = 0;
        for (int d = 0; d < problem.dimensions(); d++) {
            String column = problem.quasiIdentifiers().get(d).column();
            Map<String, Integer> original = new HashMap<>();
            Map<String, Integer> generalized = new HashMap<>();
            for (int r = 0; r < release.records(); r++) {
                original.merge(problem.data().column(column).value(r), 1, Integer::sum);
                generalized.merge(release.generalized()[r][d], 1, Integer::sum);
            }
            for (int r = 0; r < release.records(); r++) {
                int count = original.get(problem.data().column(column).value(r));
                int groupCount = generalized.get(release.generalized()[r][d]);
                sum -= log2((double) count / groupCount);
            }
        }
        return sum;
    }

    /** Per QI, −Σ_g c_R(g) log2(c_R(g) / |R|) over the suppressed records R. */
    private static double suppressionEntropy(ReferenceProblem problem, Release release) {
        boolean[] suppressed = release.suppressedRecordFlags();
        int total = release.suppressedRecords();
        double sum = 0;
        for (int d = 0; d < problem.dimensions(); d++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int r = 0; r < release.records(); r++) {
                if (suppressed[r]) {
                    counts.merge(release.generalized()[r][d], 1, Integer::sum);
                }
            }
            for (int count : counts.values()) {
                sum -= count * log2((double) count / total);
            }
        }
        return sum;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
