package org.veil.engine.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.privacy.AverageReidentificationRisk;
import org.veil.engine.privacy.DistinctLDiversity;
import org.veil.engine.privacy.EntropyLDiversity;
import org.veil.engine.privacy.EqualDistanceTCloseness;
import org.veil.engine.privacy.HierarchicalDistanceTCloseness;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.privacy.OrderedDistanceTCloseness;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.privacy.RecursiveCLDiversity;
import org.veil.engine.privacy.SampleUniqueness;

/**
 * A privacy model as the reference sees it: its kind, the sensitive attribute (class-level models
 * on a sensitive attribute only), up to two parameters and, for hierarchical t-closeness, the
 * attribute's hierarchy. Each kind's condition is written straight from DEFINITIONS.md.
 *
 * @param first  k, ℓ, c, t or the risk threshold
 * @param second ℓ of recursive (c,ℓ)-diversity; 0 otherwise
 */
public record ReferenceModel(Kind kind, String attribute, double first, double second, Hierarchy hierarchy) {

    public enum Kind {
        K_ANONYMITY, DISTINCT_L, ENTROPY_L, RECURSIVE_CL, EQUAL_T, ORDERED_T, HIERARCHICAL_T, AVERAGE_RISK,
        SAMPLE_UNIQUENESS
    }

    public static ReferenceModel k(int k) {
        return new ReferenceModel(Kind.K_ANONYMITY, null, k, 0, null);
    }

    public static ReferenceModel distinctL(String attribute, int l) {
        return new ReferenceModel(Kind.DISTINCT_L, attribute, l, 0, null);
    }

    public static ReferenceModel entropyL(String attribute, double l) {
        return new ReferenceModel(Kind.ENTROPY_L, attribute, l, 0, null);
    }

    public static ReferenceModel recursiveCL(String attribute, double c, int l) {
        return new ReferenceModel(Kind.RECURSIVE_CL, attribute, c, l, null);
    }

    public static ReferenceModel equalT(String attribute, double t) {
        return new ReferenceModel(Kind.EQUAL_T, attribute, t, 0, null);
    }

    public static ReferenceModel orderedT(String attribute, double t) {
        return new ReferenceModel(Kind.ORDERED_T, attribute, t, 0, null);
    }

    public static ReferenceModel hierarchicalT(String attribute, double t, Hierarchy hierarchy) {
        return new ReferenceModel(Kind.HIERARCHICAL_T, attribute, t, 0, hierarchy);
    }

    public static ReferenceModel averageRisk(double threshold) {
        return new ReferenceModel(Kind.AVERAGE_RISK, null, threshold, 0, null);
    }

    public static ReferenceModel sampleUniqueness(double threshold) {
        return new ReferenceModel(Kind.SAMPLE_UNIQUENESS, null, threshold, 0, null);
    }

    /** The engine's model with the same parameters. */
    public PrivacyModel toEngine() {
        return switch (kind) {
            case K_ANONYMITY -> new KAnonymity((int) first);
            case DISTINCT_L -> new DistinctLDiversity(attribute, (int) first);
            case ENTROPY_L -> new EntropyLDiversity(attribute, first);
            case RECURSIVE_CL -> new RecursiveCLDiversity(attribute, first, (int) second);
            case EQUAL_T -> new EqualDistanceTCloseness(attribute, first);
            case ORDERED_T -> new OrderedDistanceTCloseness(attribute, first);
            case HIERARCHICAL_T -> new HierarchicalDistanceTCloseness(attribute, first, hierarchy);
            case AVERAGE_RISK -> new AverageReidentificationRisk(first);
            case SAMPLE_UNIQUENESS -> new SampleUniqueness(first);
        };
    }

    /** Whether the model constrains the released dataset as a whole rather than each class. */
    public boolean isDatasetLevel() {
        return kind == Kind.AVERAGE_RISK || kind == Kind.SAMPLE_UNIQUENESS;
    }

    /**
     * The condition on one class, for an input: given the sensitive values of the class's records
     * (all of them, duplicates included), whether the class satisfies the model.
     */
    Predicate<List<String>> classCondition(Dataset input) {
        return switch (kind) {
            case K_ANONYMITY -> values -> values.size() >= first;
            case DISTINCT_L -> values -> counts(values).size() >= first;
            case ENTROPY_L -> values -> Tolerance.atLeast(entropy(values), Math.log(first));
            case RECURSIVE_CL -> ReferenceModel.this::isRecursivelyDiverse;
            case EQUAL_T, ORDERED_T, HIERARCHICAL_T -> closeness(SensitiveColumn.of(input, attribute));
            case AVERAGE_RISK, SAMPLE_UNIQUENESS -> throw new IllegalStateException(this + " is dataset-level");
        };
    }

    /**
     * The condition on the released dataset: whether the retained classes, of these sizes, satisfy
     * the model when the input has {@code records} records.
     */
    boolean isSatisfiedByRelease(Collection<Integer> retainedClassSizes, int records) {
        int retained = retainedClassSizes.stream().mapToInt(Integer::intValue).sum();
        return switch (kind) {
            case AVERAGE_RISK -> retained == 0 || Tolerance.atMost(averageRisk(retainedClassSizes, retained), first);
            case SAMPLE_UNIQUENESS -> Tolerance.atMost(
                    (double) retainedClassSizes.stream().filter(size -> size == 1).count() / records, first);
            default -> throw new IllegalStateException(this + " is class-level");
        };
    }

    /** (1/N_r) Σ over retained records of 1/|E(record)|. */
    private static double averageRisk(Collection<Integer> sizes, int retained) {
        double sum = 0;
        for (int size : sizes) {
            for (int record = 0; record < size; record++) {
                sum += 1.0 / size;
            }
        }
        return sum / retained;
    }

    private Predicate<List<String>> closeness(SensitiveColumn whole) {
        return values -> {
            Map<String, Double> q = SensitiveColumn.distributionOf(values);
            Map<String, Double> p = whole.distribution();
            double emd = switch (kind) {
                case EQUAL_T -> EarthMoversDistance.equal(q, p);
                case ORDERED_T -> EarthMoversDistance.ordered(whole.ascending(), q, p);
                default -> EarthMoversDistance.hierarchical(hierarchy, q, p);
            };
            return Tolerance.atMost(emd, first);
        };
    }

    /** r_1 < c · (r_ℓ + … + r_m) with r_1 ≥ … ≥ r_m, and m ≥ ℓ. */
    private boolean isRecursivelyDiverse(List<String> values) {
        List<Integer> descending = counts(values).values().stream().sorted((a, b) -> b - a).toList();
        int l = (int) second;
        if (descending.size() < l) {
            return false;
        }
        int tail = 0;
        for (int i = l - 1; i < descending.size(); i++) {
            tail += descending.get(i);
        }
        return descending.get(0) < first * tail;
    }

    /** −Σ_s q_s ln q_s. */
    private static double entropy(List<String> values) {
        double entropy = 0;
        for (int count : counts(values).values()) {
            double q = (double) count / values.size();
            entropy -= q * Math.log(q);
        }
        return entropy;
    }

    private static Map<String, Integer> counts(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public String toString() {
        String on = attribute == null ? "" : " of " + attribute;
        String parameters = kind == Kind.RECURSIVE_CL ? "c=" + format(first) + ", l=" + format(second) : format(first);
        return kind + "(" + parameters + ")" + on;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
