package org.veil.engine.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedHierarchy;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.SensitiveAttribute;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;

/**
 * One dataset prepared for anonymization under one configuration: hierarchies encoded, the bottom
 * classes formed once. {@link #search} finds the optimum; {@link #apply} releases any other
 * transformation the user picks, reusing the prepared data.
 */
public final class Anonymization {

    private final Dataset data;
    private final AnonymizationConfig config;
    private final List<EncodedHierarchy> hierarchies;
    private final EncodedInput input;
    private final Lattice lattice;
    private final Evaluator evaluator;
    private final ClassTables.Grouping bottom;
    private final ClassCache cache;

    private Anonymization(Dataset data, AnonymizationConfig config, List<EncodedHierarchy> hierarchies,
            EncodedInput input) throws HierarchyException {
        this.data = data;
        this.config = config;
        this.hierarchies = hierarchies;
        this.input = input;
        this.lattice = new Lattice(input.heights());
        this.evaluator = new Evaluator(input, config);
        this.bottom = ClassTables.bottom(input);
        this.cache = new ClassCache(input, lattice, bottom.table(), Runtime.getRuntime().maxMemory() / 4);
    }

    /**
     * Prepares a dataset.
     *
     * @throws HierarchyException       if a hierarchy does not cover its column's values
     * @throws IllegalArgumentException if a configured column is missing from the dataset
     */
    public static Anonymization prepare(Dataset data, AnonymizationConfig config) throws HierarchyException {
        List<EncodedHierarchy> hierarchies = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        for (QuasiIdentifier qi : config.quasiIdentifiers()) {
            Column column = data.column(qi.column());
            hierarchies.add(EncodedHierarchy.encode(column, qi.hierarchy()));
            codes.add(column.codes());
        }
        for (String identifier : config.identifiers()) {
            data.indexOf(identifier); // fails with the column list if absent
        }
        List<SensitiveAttribute> sensitive = new ArrayList<>();
        for (String name : config.sensitiveAttributes()) {
            sensitive.add(new SensitiveAttribute(data.column(name)));
        }
        return new Anonymization(data, config, hierarchies, new EncodedInput(hierarchies, codes, sensitive));
    }

    public Lattice lattice() {
        return lattice;
    }

    public AnonymizationConfig config() {
        return config;
    }

    /** Finds the optimal transformation; see {@link OptimalSearch}. */
    public AnonymizationResult search(ProgressListener progress, CancellationToken cancel) {
        long start = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        SolutionSpace space;
        OptimalSearch search = new OptimalSearch(lattice, evaluator, cache, config.isAnonymityMonotone(), pool,
                progress, cancel);
        try {
            space = search.run();
        } finally {
            pool.shutdownNow();
        }
        Optional<Transformed> optimum = space.optimum() < 0 ? Optional.empty() : Optional.of(apply(space.optimum()));
        return new AnonymizationResult(space, optimum, search.checked(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Applies any transformation, anonymous or not, and releases its data. */
    public Transformed apply(int node) {
        ClassTables.Grouping grouping = ClassTables.rollUp(bottom.table(), lattice.levels(node), input);
        ClassTable table = grouping.table();
        boolean[] suppressed = new boolean[table.size()];
        Evaluation evaluation = evaluator.evaluate(table, suppressed);
        int[] recordClass = new int[input.records()];
        int[] toClass = grouping.mapping();
        int[] bottomClass = bottom.mapping();
        for (int r = 0; r < recordClass.length; r++) {
            recordClass[r] = toClass[bottomClass[r]];
        }
        Dataset output = OutputBuilder.build(data, config, hierarchies, recordClass, table, suppressed);
        return new Transformed(levelsByName(node), output, evaluation, table, suppressed);
    }

    /**
     * A transformation's equivalence classes, which of them the engine suppresses and its evaluation:
     * what {@link #apply} finds, without releasing the data. The classes come from the search's cache
     * where it can, so analyses over many transformations (such as the risk/utility trade-off) stay
     * cheap. Thread-safe.
     */
    public Classified classify(int node) {
        ClassTable table = cache.tableFor(node);
        boolean[] suppressed = new boolean[table.size()];
        Evaluation evaluation = evaluator.evaluate(table, suppressed);
        return new Classified(table, suppressed, evaluation);
    }

    /**
     * A transformation's classes with the suppressed ones flagged.
     *
     * @param classes    the equivalence classes before suppression
     * @param suppressed which classes are suppressed (indexed like {@code classes})
     */
    public record Classified(ClassTable classes, boolean[] suppressed, Evaluation evaluation) {
    }

    /** The equivalence classes of any transformation, before suppression, without releasing its data. */
    public ClassTable classes(int node) {
        return node == lattice.bottom() ? bottom.table()
                : ClassTables.rollUp(bottom.table(), lattice.levels(node), input).table();
    }

    /** The level of each quasi-identifier of a transformation, by column name in configuration order. */
    public Map<String, Integer> levelsByName(int node) {
        int[] levels = lattice.levels(node);
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int d = 0; d < levels.length; d++) {
            byName.put(config.quasiIdentifiers().get(d).column(), levels[d]);
        }
        return byName;
    }
}
