package org.veil.engine.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Rolling up class tables gives exactly the classes formed directly from the generalized values of
 * the records: same codes, counts and histograms, numbered in order of each class's first record.
 */
class ClassTableRollUpPropertyTest {

    /** A class as formed from the records: codes, count and histogram (value code → count). */
    private record Expected(List<Integer> codes, int count, Map<Integer, Integer> histogram) {
    }

    private static List<Expected> direct(EncodedInput input, int[] levels, int[] recordClass) {
        Map<List<Integer>, Integer> index = new LinkedHashMap<>();
        List<Expected> classes = new ArrayList<>();
        int[] sensitive = input.sensitive().get(0).codes();
        for (int r = 0; r < input.records(); r++) {
            List<Integer> codes = new ArrayList<>();
            for (int d = 0; d < levels.length; d++) {
                codes.add(input.hierarchy(d).generalize(input.dataCode(d, r), levels[d]));
            }
            Integer c = index.get(codes);
            if (c == null) {
                c = classes.size();
                index.put(codes, c);
                classes.add(new Expected(codes, 0, new TreeMap<>()));
            }
            Expected old = classes.get(c);
            old.histogram().merge(sensitive[r], 1, Integer::sum);
            classes.set(c, new Expected(old.codes(), old.count() + 1, old.histogram()));
            recordClass[r] = c;
        }
        return classes;
    }

    private static List<Expected> actual(ClassTable table) {
        List<Expected> classes = new ArrayList<>();
        Histograms histograms = table.histograms(0);
        for (int c = 0; c < table.size(); c++) {
            List<Integer> codes = new ArrayList<>();
            for (int d = 0; d < table.dimensions(); d++) {
                codes.add(table.code(c, d));
            }
            Map<Integer, Integer> histogram = new TreeMap<>();
            for (int e = histograms.begin(c); e < histograms.end(c); e++) {
                assertTrue(histograms.count(e) > 0, "entries hold positive counts");
                Integer earlier = histogram.put(histograms.value(e), histograms.count(e));
                assertEquals(null, earlier, "a value appears once per class");
            }
            classes.add(new Expected(codes, table.count(c), histogram));
        }
        return classes;
    }

    private static void assertSameClasses(RandomInputs.Sample sample, ClassTables.Grouping bottom,
            ClassTables.Grouping grouping, int[] via, int[] levels, String how) {
        EncodedInput input = sample.input();
        int[] expectedClass = new int[input.records()];
        List<Expected> expected = direct(input, levels, expectedClass);
        String context = how + " to " + Arrays.toString(levels) + " via " + Arrays.toString(via) + ", data "
                + sample.data().rowCount() + " rows";
        // compared in order: the class numbers must follow each class's first record
        assertEquals(expected, actual(grouping.table()), context);
        assertEquals(Arrays.toString(levels), Arrays.toString(grouping.table().levels()), context);
        int[] recordClass = new int[input.records()];
        for (int r = 0; r < recordClass.length; r++) {
            // the bottom maps records to classes; a roll-up maps the bottom's classes
            recordClass[r] = grouping == bottom ? bottom.mapping()[r] : grouping.mapping()[bottom.mapping()[r]];
        }
        if (via == null) {
            assertEquals(Arrays.toString(expectedClass), Arrays.toString(recordClass), context);
        }
    }

    @Property(tries = 400)
    void rollingUpEqualsFormingTheClassesFromTheGeneralizedValues(@ForAll long seed) throws HierarchyException {
        RandomInputs.Sample sample = RandomInputs.draw(seed, 150, 120);
        EncodedInput input = sample.input();
        Random random = new Random(seed ^ 0x5DEECE66DL);
        int[] heights = input.heights();
        ClassTables.Grouping bottom = ClassTables.bottom(input);
        assertSameClasses(sample, bottom, bottom, null, new int[heights.length], "bottom");

        int[] levels = RandomInputs.levelsAbove(random, new int[heights.length], heights);
        ClassTables.Grouping direct = ClassTables.rollUp(bottom.table(), levels, input);
        assertSameClasses(sample, bottom, direct, null, levels, "one step");

        // in two steps: bottom → middle → levels; records reach their class through both mappings
        int[] middle = new int[levels.length];
        for (int d = 0; d < levels.length; d++) {
            middle[d] = random.nextInt(levels[d] + 1);
        }
        ClassTables.Grouping first = ClassTables.rollUp(bottom.table(), middle, input);
        ClassTables.Grouping second = ClassTables.rollUp(first.table(), levels, input);
        assertEquals(actual(direct.table()), actual(second.table()), "two steps via " + Arrays.toString(middle));
        for (int r = 0; r < input.records(); r++) {
            assertEquals(direct.mapping()[bottom.mapping()[r]],
                    second.mapping()[first.mapping()[bottom.mapping()[r]]], "record " + r);
        }
    }
}
