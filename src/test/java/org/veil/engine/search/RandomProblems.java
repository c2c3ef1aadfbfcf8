package org.veil.engine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.reference.Tables;

/**
 * Random small anonymization problems: 1–4 quasi-identifiers over domains of 1–8 values (sometimes
 * one of them missing) with random hierarchies of height 0–3; 10–150 rows; a sensitive attribute
 * {@code s} of 2–6 text, numeric or date values (sometimes one missing) and a second one,
 * {@code s2}, of 15–40 numbers, each with a random hierarchy; random models ({@link RandomModels}),
 * suppression limit and metric; sometimes a row identifier to remove.
 */
final class RandomProblems {

    static final List<String> METRICS = List.of("loss", "entropy", "entropy-nm", "discernibility", "aecs",
            "precision", "height");

    private static final List<String> TEXT_VALUES = List.of("flu", "cold", "hiv", "asthma", "gout", "acne");
    /** Numbers and dates whose text order differs from their order by value. */
    private static final List<String> INTEGERS = List.of("9", "10", "2", "100", "35", "7");
    private static final List<String> DECIMALS = List.of("0.5", "10.25", "-3.5", "2", "100", "7.75");
    private static final List<String> DATES = List.of("3.1.2020", "15.12.2019", "1.2.2020", "28.2.2019", "9.10.2020",
            "10.9.2020");

    private RandomProblems() {
    }

    /** A quasi-identifier: its domain and tree, whether its hierarchy has height 0, whether value 0 is missing. */
    record QiShape(int domain, RandomHierarchies.Tree tree, boolean flat, boolean missing) {

        String value(String name, int index) {
            return missing && index == 0 ? null : name + "v" + index;
        }

        Hierarchy hierarchy(String name) {
            List<String> values = IntStream.range(0, domain).mapToObj(index -> value(name, index))
                    .map(value -> value == null ? "" : value).toList();
            return flat ? RandomHierarchies.flat(values) : tree.hierarchy(values, name.toUpperCase() + "@");
        }
    }

    /** A sensitive attribute's values and tree. */
    record SensitiveShape(List<String> values, RandomHierarchies.Tree tree) {

        Hierarchy hierarchy(String prefix) {
            return tree.hierarchy(values.stream().map(value -> value == null ? "" : value).toList(), prefix);
        }
    }

    static Arbitrary<ReferenceProblem> problems() {
        Arbitrary<Integer> qiCount = Arbitraries.frequency(Tuple.of(1, 1), Tuple.of(2, 2), Tuple.of(3, 3),
                Tuple.of(3, 4));
        return problems(qiCount, 10, 150);
    }

    /** Problems with the given number of quasi-identifiers and of rows. */
    static Arbitrary<ReferenceProblem> problems(Arbitrary<Integer> qiCount, int minRows, int maxRows) {
        Arbitrary<List<QiShape>> qis = qiCount.flatMap(count -> qiShapes().list().ofSize(count)).withoutEdgeCases();
        Arbitrary<Integer> rows = Arbitraries.integers().between(minRows, maxRows)
                .withDistribution(RandomDistribution.uniform());
        return Combinators.combine(qis, fewValues(), manyValues(), rows, Arbitraries.of(true, false))
                .flatAs((shapes, s, s2, count, withIdentifier) -> {
                    Arbitrary<List<ReferenceModel>> models = RandomModels.models("s", s.hierarchy("S"), "s2",
                            s2.hierarchy("T"));
                    return Combinators.combine(cells(shapes, s, s2).list().ofSize(count), models, limits(),
                            Arbitraries.of(METRICS))
                            .as((data, chosen, limit, metric) -> new ReferenceProblem(
                                    dataset(shapes, s, s2, data), quasiIdentifiers(shapes),
                                    withIdentifier ? Set.of("id") : Set.of(), chosen, limit, metric))
                            .withoutEdgeCases();
                });
    }

    private static Arbitrary<QiShape> qiShapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), sometimes(), sometimes())
                .flatAs((domain, flat, missing) -> RandomHierarchies.trees(domain)
                        .map(tree -> new QiShape(domain, tree, flat, missing)))
                .withoutEdgeCases();
    }

    private static Arbitrary<SensitiveShape> fewValues() {
        Arbitrary<List<String>> pools = Arbitraries.of(TEXT_VALUES, INTEGERS, DECIMALS, DATES);
        return Combinators.combine(Arbitraries.integers().between(2, 6), pools, sometimes())
                .flatAs((size, pool, missing) -> RandomHierarchies.trees(size)
                        .map(tree -> new SensitiveShape(withMissing(pool.subList(0, size), missing), tree)));
    }

    /** True one time in five. */
    private static Arbitrary<Boolean> sometimes() {
        return Arbitraries.of(false, false, false, false, true);
    }

    /** The values, the first replaced by a missing value if asked. */
    private static List<String> withMissing(List<String> values, boolean missing) {
        List<String> copy = new ArrayList<>(values);
        if (missing) {
            copy.set(0, null);
        }
        return copy;
    }

    /** 15–40 numbers 1, 2, …: enough distinct values per class to exercise sparse histograms. */
    private static Arbitrary<SensitiveShape> manyValues() {
        return Arbitraries.integers().between(15, 40).flatMap(size -> RandomHierarchies.trees(size)
                .map(tree -> new SensitiveShape(IntStream.rangeClosed(1, size).mapToObj(String::valueOf).toList(),
                        tree)));
    }

    /** One row's value indexes: one per quasi-identifier, then s and s2. */
    private static Arbitrary<List<Integer>> cells(List<QiShape> shapes, SensitiveShape s, SensitiveShape s2) {
        List<Arbitrary<Integer>> cells = new ArrayList<>();
        for (QiShape shape : shapes) {
            cells.add(Arbitraries.integers().between(0, shape.domain() - 1));
        }
        cells.add(Arbitraries.integers().between(0, s.values().size() - 1));
        cells.add(Arbitraries.integers().between(0, s2.values().size() - 1));
        return Combinators.combine(cells).as(List::copyOf);
    }

    private static Arbitrary<Double> limits() {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0.0)), Tuple.of(2, Arbitraries.of(0.02, 0.05)),
                Tuple.of(3, Arbitraries.of(0.1, 0.2, 0.3)), Tuple.of(1, Arbitraries.of(0.5, 1.0)));
    }

    private static List<ReferenceProblem.Qi> quasiIdentifiers(List<QiShape> shapes) {
        List<ReferenceProblem.Qi> qis = new ArrayList<>();
        for (int q = 0; q < shapes.size(); q++) {
            qis.add(new ReferenceProblem.Qi("q" + q, shapes.get(q).hierarchy("q" + q)));
        }
        return qis;
    }

    private static Dataset dataset(List<QiShape> shapes, SensitiveShape s, SensitiveShape s2,
            List<List<Integer>> cells) {
        List<String> header = new ArrayList<>(List.of("id"));
        IntStream.range(0, shapes.size()).forEach(q -> header.add("q" + q));
        header.addAll(List.of("s", "s2"));
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<Integer> cell = cells.get(r);
            String[] row = new String[header.size()];
            row[0] = "r" + r;
            for (int q = 0; q < shapes.size(); q++) {
                row[q + 1] = shapes.get(q).value("q" + q, cell.get(q));
            }
            row[shapes.size() + 1] = s.values().get(cell.get(shapes.size()));
            row[shapes.size() + 2] = s2.values().get(cell.get(shapes.size() + 1));
            rows.add(row);
        }
        return Tables.dataset(header, rows);
    }
}
