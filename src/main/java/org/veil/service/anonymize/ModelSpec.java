package org.veil.service.anonymize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * A privacy model as the user wrote it, checked for syntax and ranges by {@link ModelSpecParser} but
 * not yet bound to data. {@link #toModel} makes the engine's model; only hierarchical t-closeness
 * needs more than the spec itself (the sensitive attribute's hierarchy).
 */
public sealed interface ModelSpec {

    /** The spec in its canonical text form, e.g. {@code diagnosis:hierarchical:0.2}. */
    String text();

    /** The sensitive attribute the model protects, if it has one. */
    Optional<String> sensitiveAttribute();

    /**
     * The engine's model.
     *
     * @param sensitiveHierarchies hierarchies of sensitive attributes by column name; only
     *                             hierarchical t-closeness reads them
     * @throws ModelSpecException if the model needs a hierarchy that is not given
     */
    PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) throws ModelSpecException;

    /** The kinds of ℓ-diversity. */
    enum LDiversityKind {
        DISTINCT, ENTROPY, RECURSIVE;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The ground distances of t-closeness. */
    enum GroundDistance {
        EQUAL, HIERARCHICAL, ORDERED;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** k-anonymity: every class holds at least k records. */
    record KAnonymitySpec(int k) implements ModelSpec {
        @Override
        public String text() {
            return String.valueOf(k);
        }

        @Override
        public Optional<String> sensitiveAttribute() {
            return Optional.empty();
        }

        @Override
        public PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) {
            return new KAnonymity(k);
        }
    }

    /**
     * ℓ-diversity of a sensitive attribute.
     *
     * @param c the c of recursive (c,ℓ)-diversity; NaN for the other kinds
     */
    record LDiversitySpec(String attribute, LDiversityKind kind, double l, double c) implements ModelSpec {
        @Override
        public String text() {
            return attribute + ":" + kind.keyword() + ":" + ModelSpecParser.format(l)
                    + (kind == LDiversityKind.RECURSIVE ? ":" + ModelSpecParser.format(c) : "");
        }

        @Override
        public Optional<String> sensitiveAttribute() {
            return Optional.of(attribute);
        }

        @Override
        public PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) {
            return switch (kind) {
                case DISTINCT -> new DistinctLDiversity(attribute, (int) l);
                case ENTROPY -> new EntropyLDiversity(attribute, l);
                case RECURSIVE -> new RecursiveCLDiversity(attribute, c, (int) l);
            };
        }
    }

    /** t-closeness of a sensitive attribute under a ground distance. */
    record TClosenessSpec(String attribute, GroundDistance distance, double t) implements ModelSpec {
        @Override
        public String text() {
            return attribute + ":" + distance.keyword() + ":" + ModelSpecParser.format(t);
        }

        @Override
        public Optional<String> sensitiveAttribute() {
            return Optional.of(attribute);
        }

        /** Whether the model needs the attribute's hierarchy. */
        public boolean needsHierarchy() {
            return distance == GroundDistance.HIERARCHICAL;
        }

        @Override
        public PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) throws ModelSpecException {
            return switch (distance) {
                case EQUAL -> new EqualDistanceTCloseness(attribute, t);
                case ORDERED -> new OrderedDistanceTCloseness(attribute, t);
                case HIERARCHICAL -> {
                    Hierarchy hierarchy = sensitiveHierarchies.get(attribute);
                    if (hierarchy == null) {
                        throw new ModelSpecException("hierarchical t-closeness of '" + attribute
                                + "' needs a hierarchy for '" + attribute + "'");
                    }
                    yield new HierarchicalDistanceTCloseness(attribute, t, hierarchy);
                }
            };
        }
    }

    /** The average re-identification risk is at most a threshold. */
    record AverageRiskSpec(double threshold) implements ModelSpec {
        @Override
        public String text() {
            return ModelSpecParser.format(threshold);
        }

        @Override
        public Optional<String> sensitiveAttribute() {
            return Optional.empty();
        }

        @Override
        public PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) {
            return new AverageReidentificationRisk(threshold);
        }
    }

    /** The share of records unique in the release is at most a threshold. */
    record SampleUniquenessSpec(double threshold) implements ModelSpec {
        @Override
        public String text() {
            return ModelSpecParser.format(threshold);
        }

        @Override
        public Optional<String> sensitiveAttribute() {
            return Optional.empty();
        }

        @Override
        public PrivacyModel toModel(Map<String, Hierarchy> sensitiveHierarchies) {
            return new SampleUniqueness(threshold);
        }
    }
}
