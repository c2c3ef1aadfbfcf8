package org.veil.engine.privacy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.ClassTables;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.classes.RandomInputs;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * The facts about class checks that the exact search relies on, on random inputs. For a
 * transformation T and a generalization T' (whose classes are unions of T's):
 * <ul>
 * <li>a class of T' violating a model leaves at least {@code minimumViolatingShare} of its records
 * in violating classes of T;</li>
 * <li>for k-anonymity and distinct ℓ-diversity, a class of T' containing a satisfying class of T
 * satisfies;</li>
 * <li>for entropy and recursive ℓ-diversity and t-closeness, a class of T' made only of satisfying
 * classes of T satisfies.</li>
 * </ul>
 */
class ClassCheckRulesPropertyTest {

    private static List<ClassLevelModel> models() throws HierarchyException {
        // covers every value RandomInputs draws with at most 6 sensitive values: s0 … s5
        Hierarchy tree = TinyInputs.hierarchy("s0;G0;*", "s1;G0;*", "s2;G1;*", "s3;G1;*", "s4;G2;*", "s5;G2;*");
        return List.of(new KAnonymity(2), new KAnonymity(3), new DistinctLDiversity("s", 2),
                new EntropyLDiversity("s", 1.5), new EntropyLDiversity("s", 2), new EntropyLDiversity("s", 3),
                new RecursiveCLDiversity("s", 2, 2), new RecursiveCLDiversity("s", 3, 3),
                new RecursiveCLDiversity("s", 1, 2),
                new EqualDistanceTCloseness("s", 0.1), new EqualDistanceTCloseness("s", 0.3),
                new OrderedDistanceTCloseness("s", 0.1), new OrderedDistanceTCloseness("s", 0.25),
                new HierarchicalDistanceTCloseness("s", 0.1, tree), new HierarchicalDistanceTCloseness("s", 0.3, tree));
    }

    @Property(tries = 300)
    void splittingAndMergingClassesObeysTheSearchRules(@ForAll long seed) throws HierarchyException {
        RandomInputs.Sample sample = RandomInputs.draw(seed, 60, 6);
        EncodedInput input = sample.input();
        Random random = new Random(seed * 31 + 7);
        int[] heights = input.heights();
        ClassTable bottom = ClassTables.bottom(input).table();
        int[] lowerLevels = RandomInputs.levelsAbove(random, new int[heights.length], heights);
        int[] upperLevels = RandomInputs.levelsAbove(random, lowerLevels, heights);
        ClassTable lower = ClassTables.rollUp(bottom, lowerLevels, input).table();
        ClassTables.Grouping upper = ClassTables.rollUp(lower, upperLevels, input);
        String context = "seed " + seed + ", " + Arrays.toString(lowerLevels) + " → " + Arrays.toString(upperLevels);

        for (ClassLevelModel model : models()) {
            ClassLevelModel.ClassCheck check = model.prepare(input);
            ClassTable up = upper.table();
            double[] violatingBelow = new double[up.size()];
            boolean[] anySatisfyingBelow = new boolean[up.size()];
            boolean[] allSatisfyingBelow = new boolean[up.size()];
            Arrays.fill(allSatisfyingBelow, true);
            for (int c = 0; c < lower.size(); c++) {
                int into = upper.mapping()[c];
                if (check.satisfies(lower, c)) {
                    anySatisfyingBelow[into] = true;
                } else {
                    violatingBelow[into] += lower.count(c);
                    allSatisfyingBelow[into] = false;
                }
            }
            for (int c = 0; c < up.size(); c++) {
                String where = model + ", class " + c + " of " + up.size() + ", " + context;
                boolean satisfies = check.satisfies(up, c);
                if (!satisfies) {
                    double share = check.minimumViolatingShare(up, c);
                    assertTrue(share >= 0 && share <= 1, where);
                    assertTrue(violatingBelow[c] >= share * up.count(c) - 1e-9 * up.count(c),
                            "violating records below " + violatingBelow[c] + " < share " + share + " × " + up.count(c)
                                    + ": " + where);
                }
                if (model.isMonotoneWithSuppression() && anySatisfyingBelow[c]) {
                    assertTrue(satisfies, "contains a satisfying class but violates: " + where);
                }
                if (allSatisfyingBelow[c]) {
                    assertTrue(satisfies, "made of satisfying classes but violates: " + where);
                }
            }
        }
    }

    @Property(tries = 100)
    void minimumViolatingShareHoldsForEverySplitOfOneClass(@ForAll long seed) throws HierarchyException {
        // one class at the top, split arbitrarily into parts at the bottom: a quasi-identifier with
        // a distinct value per record makes every record its own bottom class
        Random random = new Random(seed);
        int records = 2 + random.nextInt(12);
        String[] rows = new String[records];
        List<String> hierarchy = new ArrayList<>();
        int parts = 1 + random.nextInt(records);
        for (int r = 0; r < records; r++) {
            int part = random.nextInt(parts);
            rows[r] = "p" + part + ";s" + random.nextInt(1 + random.nextInt(6));
            if (!hierarchy.contains("p" + part + ";*")) {
                hierarchy.add("p" + part + ";*");
            }
        }
        EncodedInput input = TinyInputs.input(TinyInputs.dataset("q;s", rows), List.of("q"),
                List.of(TinyInputs.hierarchy(hierarchy.toArray(new String[0]))), List.of("s"));
        ClassTable bottom = ClassTables.bottom(input).table();
        ClassTable top = ClassTables.rollUp(bottom, new int[] {1}, input).table();
        for (ClassLevelModel model : models()) {
            ClassLevelModel.ClassCheck check = model.prepare(input);
            if (!check.satisfies(top, 0)) {
                double violating = 0;
                for (int c = 0; c < bottom.size(); c++) {
                    if (!check.satisfies(bottom, c)) {
                        violating += bottom.count(c);
                    }
                }
                double share = check.minimumViolatingShare(top, 0);
                assertTrue(violating >= share * records - 1e-9 * records,
                        model + ": " + violating + " violating of " + records + ", bound " + share + ", seed " + seed);
            }
        }
    }
}
