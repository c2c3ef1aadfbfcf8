package org.veil.engine.classes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;

class EncodedHierarchyTest {

    @Test
    void levelsAreNumberedInOrderOfFirstAppearanceWithTheirLeafCounts() throws HierarchyException {
        // the hierarchy lists 40, which the data does not hold: it still counts as a leaf
        Dataset data = TinyInputs.dataset("age", "30", "20", "25", "30");
        EncodedHierarchy ages = EncodedHierarchy.encode(data.column("age"),
                TinyInputs.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "40;40-49;*"));

        assertEquals("age", ages.name());
        assertEquals(2, ages.height());
        assertEquals(4, ages.domainSize(), "rows of the hierarchy, not values of the data");
        assertEquals(4, ages.levelSize(0));
        assertEquals(3, ages.levelSize(1));
        assertEquals(1, ages.levelSize(2));
        assertEquals("20-29", ages.label(1, 0));
        assertEquals("40-49", ages.label(1, 2));
        assertEquals(2, ages.leaves(1, 0), "20-29 stands for 20 and 25");
        assertEquals(1, ages.leaves(1, 2));
        assertEquals(4, ages.leaves(2, 0));
        assertEquals(1, ages.leaves(0, 3));

        // data codes follow the column's dictionary (30, 20, 25), hierarchy codes the file (20, 25, 30, 40)
        int thirty = data.column("age").dictionary().codeOf("30");
        assertEquals(2, ages.generalize(thirty, 0));
        assertEquals("30-39", ages.label(1, ages.generalize(thirty, 1)));
        assertEquals(ages.generalize(thirty, 2), ages.raise(ages.generalize(thirty, 0), 0, 2));
        assertEquals(ages.generalize(thirty, 1), ages.raise(ages.generalize(thirty, 1), 1, 1));
        assertEquals(ages.levelMap(1)[thirty], ages.generalize(thirty, 1));
    }

    @Test
    void aMissingValueIsEncodedThroughTheRowWithAnEmptyFirstCell() throws HierarchyException {
        Dataset data = TinyInputs.dataset("city", "Bern", "", "Basel");
        // DatasetBuilder keeps "" as a value; a dataset read with missing tokens holds null instead,
        // and both are looked up as the empty row.
        EncodedHierarchy cities = EncodedHierarchy.encode(data.column("city"),
                TinyInputs.hierarchy("Bern;CH;*", "Basel;CH;*", ";unknown;*"));
        int empty = data.column("city").code(1);
        assertEquals("unknown", cities.label(1, cities.generalize(empty, 1)));
    }

    @Test
    void encodingFailsWhenTheHierarchyDoesNotCoverTheColumn() {
        Dataset data = TinyInputs.dataset("sex", "M", "F", "X");
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> EncodedHierarchy.encode(data.column("sex"), TinyInputs.hierarchy("M;*", "F;*")));
        assertEquals(List.of("'X'"), e.problems());
        assertEquals("the hierarchy of 'sex' does not cover 1 value of the data: 'X'", e.getMessage());
    }
}
