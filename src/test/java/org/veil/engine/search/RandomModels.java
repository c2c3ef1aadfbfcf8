package org.veil.engine.search;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.reference.ReferenceModel;

/**
 * Random combinations of privacy models: every kind alone, with k, with a dataset-level model, and
 * on two sensitive attributes.
 */
final class RandomModels {

    private RandomModels() {
    }

    /**
     * @param first       the main sensitive attribute, a few values
     * @param firstTree   its hierarchy
     * @param second      a second sensitive attribute with many values
     * @param secondTree  its hierarchy
     */
    static Arbitrary<List<ReferenceModel>> models(String first, Hierarchy firstTree, String second,
            Hierarchy secondTree) {
        Arbitrary<ReferenceModel> sensitive = sensitive(first, firstTree);
        Arbitrary<ReferenceModel> other = sensitive(second, secondTree);
        Arbitrary<ReferenceModel> any = Arbitraries.oneOf(k(), sensitive, other, datasetLevel());
        return Arbitraries.oneOf(
                any.map(List::of),
                Combinators.combine(k(), sensitive).as(List::of),
                Combinators.combine(Arbitraries.oneOf(k(), sensitive), datasetLevel()).as(List::of),
                Combinators.combine(k(), sensitive, datasetLevel()).as(List::of),
                Combinators.combine(sensitive, other).as(List::of));
    }

    private static Arbitrary<ReferenceModel> k() {
        return Arbitraries.integers().between(2, 6).map(ReferenceModel::k);
    }

    private static Arbitrary<ReferenceModel> sensitive(String attribute, Hierarchy tree) {
        Arbitrary<Double> t = Arbitraries.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5);
        return Arbitraries.oneOf(
                Arbitraries.integers().between(2, 4).map(l -> ReferenceModel.distinctL(attribute, l)),
                Arbitraries.of(1.5, 2.0, 2.5, 3.0).map(l -> ReferenceModel.entropyL(attribute, l)),
                Combinators.combine(Arbitraries.of(0.5, 1.0, 2.0, 3.0, 4.0), Arbitraries.integers().between(1, 3))
                        .as((c, l) -> ReferenceModel.recursiveCL(attribute, c, l)),
                t.map(value -> ReferenceModel.equalT(attribute, value)),
                t.map(value -> ReferenceModel.orderedT(attribute, value)),
                t.map(value -> ReferenceModel.hierarchicalT(attribute, value, tree)));
    }

    private static Arbitrary<ReferenceModel> datasetLevel() {
        return Arbitraries.oneOf(
                Arbitraries.of(0.05, 0.1, 0.2, 0.25, 0.5, 1.0).map(ReferenceModel::averageRisk),
                Arbitraries.of(0.0, 0.02, 0.05, 0.1, 0.3).map(ReferenceModel::sampleUniqueness));
    }
}
