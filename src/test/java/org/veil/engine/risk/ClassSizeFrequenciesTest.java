package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClassSizeFrequenciesTest {

    @Test
    void countsClassesBySize() {
        ClassSizeFrequencies f = ClassSizeFrequencies.ofClassSizes(3, 1, 1, 2, 1, 3);
        assertEquals(11, f.records());
        assertEquals(6, f.classes());
        assertEquals(3, f.sampleUniques());
        assertEquals(1, f.classesOfSize(2));
        assertEquals(2, f.classesOfSize(3));
        assertEquals(0, f.classesOfSize(4));
        assertEquals(3, f.distinctSizes());
        assertEquals(1, f.size(0));
        assertEquals(3, f.size(2));
        assertEquals(2, f.count(2));
    }

    @Test
    void classSizesAndMapAgree() {
        Map<Integer, Integer> map = new TreeMap<>(Map.of(1, 3, 2, 1, 3, 2, 7, 0));
        assertEquals(ClassSizeFrequencies.ofClassSizes(3, 1, 1, 2, 1, 3), ClassSizeFrequencies.of(map));
    }

    @Test
    void oneHugeClassTakesTheSortingPath() {
        ClassSizeFrequencies f = ClassSizeFrequencies.ofClassSizes(5_000_000, 1, 1);
        assertEquals(5_000_002, f.records());
        assertEquals(2, f.sampleUniques());
        assertEquals(1, f.classesOfSize(5_000_000));
        assertEquals(ClassSizeFrequencies.of(Map.of(1, 2, 5_000_000, 1)), f);
    }

    @Test
    void emptyInput() {
        assertEquals(0, ClassSizeFrequencies.ofClassSizes().records());
        assertEquals(ClassSizeFrequencies.empty(), ClassSizeFrequencies.of(Map.of()));
    }

    @Test
    void rejectsNonPositiveSizesAndNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> ClassSizeFrequencies.ofClassSizes(1, 0));
        assertThrows(IllegalArgumentException.class, () -> ClassSizeFrequencies.of(Map.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> ClassSizeFrequencies.of(Map.of(2, -1)));
    }
}
