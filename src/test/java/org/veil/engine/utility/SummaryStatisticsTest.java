package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.search.AnonymizationConfig;
import org.veil.engine.search.Transformed;

class SummaryStatisticsTest {

    @Test
    void numericColumn() {
        // age 20, 20, 25, 25, 30, 30, 35, 35 (AttributeUtilityTest.DATA)
        SummaryStatistics age = SummaryStatistics.of(AttributeUtilityTest.DATA.column("age"));
        assertEquals(8, age.count());
        assertEquals(0, age.missing());
        assertEquals(4, age.distinct());
        assertEquals("20", age.mode()); // four values twice each: the smallest number wins the tie
        assertEquals(2, age.modeCount());
        SummaryStatistics.Numeric numeric = age.numeric().orElseThrow();
        assertEquals(8, numeric.count());
        assertEquals(20, numeric.min(), 1e-12);
        assertEquals(35, numeric.max(), 1e-12);
        assertEquals(27.5, numeric.mean(), 1e-12); // 220 / 8
        assertEquals(27.5, numeric.median(), 1e-12); // (25 + 30) / 2
        // deviations ±7.5 four times, ±2.5 four times: 4 · 56.25 + 4 · 6.25 = 250; sample: √(250 / 7)
        assertEquals(Math.sqrt(250.0 / 7), numeric.standardDeviation(), 1e-12);
    }

    @Test
    void textColumnHasNoNumericPart() {
        SummaryStatistics sex = SummaryStatistics.of(AttributeUtilityTest.DATA.column("sex"));
        assertEquals(8, sex.count());
        assertEquals(2, sex.distinct());
        assertEquals("F", sex.mode()); // M 4, F 4: F comes first by text
        assertEquals(4, sex.modeCount());
        assertTrue(sex.numeric().isEmpty());
    }

    @Test
    void missingAndInvalidValues() {
        // 9 is a tie with 10 by count (1 each) but smaller as a number; "x" is invalid under Integer
        Dataset data = TinyInputs.dataset("n", "10", "9", "", "x", "4", "4");
        SummaryStatistics n = SummaryStatistics.of(data.column("n").withType(ColumnType.INTEGER));
        assertEquals(5, n.count()); // 10, 9, x, 4, 4; the empty value is missing
        assertEquals(1, n.missing());
        assertEquals(4, n.distinct());
        assertEquals("4", n.mode());
        SummaryStatistics.Numeric numeric = n.numeric().orElseThrow();
        assertEquals(4, numeric.count()); // x left out
        assertEquals(4, numeric.min(), 1e-12);
        assertEquals(10, numeric.max(), 1e-12);
        assertEquals(6.75, numeric.mean(), 1e-12); // 27 / 4
        assertEquals(6.5, numeric.median(), 1e-12); // 4, 4, 9, 10 → (4 + 9) / 2
        // deviations −2.75, −2.75, 2.25, 3.25: 7.5625 · 2 + 5.0625 + 10.5625 = 30.75; √(30.75 / 3)
        assertEquals(Math.sqrt(30.75 / 3), numeric.standardDeviation(), 1e-12);

        SummaryStatistics one = SummaryStatistics.of(TinyInputs.dataset("n", "7").column("n"));
        assertEquals(0, one.numeric().orElseThrow().standardDeviation(), 1e-12);
        SummaryStatistics none = SummaryStatistics.of(TinyInputs.dataset("n", "", "").column("n"));
        assertEquals(0, none.count());
        assertNull(none.mode());
        assertEquals(0, none.modeCount());
    }

    @Test
    void generalizedColumnOnIntervalMidpoints() throws HierarchyException {
        // released age at level 1: 20-29 ×3, * ×2 (suppressed r4, r7), 30-39 ×3
        Dataset output = TinyInputs.dataset("age", "20-29", "20-29", "20-29", "*", "30-39", "30-39", "*", "30-39");
        SummaryStatistics age = SummaryStatistics.ofGeneralized(output.column("age"), AttributeUtilityTest.age(), 1,
                ColumnType.INTEGER);
        assertEquals(6, age.count()); // * counts as missing
        assertEquals(2, age.missing());
        assertEquals(2, age.distinct());
        assertEquals("20-29", age.mode()); // 3 each, by text
        assertEquals(3, age.modeCount());
        SummaryStatistics.Numeric numeric = age.numeric().orElseThrow();
        // leaves of 20-29 are 20, 25 → 22.5; of 30-39 are 30, 35 → 32.5
        assertEquals(6, numeric.count());
        assertEquals(22.5, numeric.min(), 1e-12);
        assertEquals(32.5, numeric.max(), 1e-12);
        assertEquals(27.5, numeric.mean(), 1e-12); // (3 · 22.5 + 3 · 32.5) / 6
        assertEquals(27.5, numeric.median(), 1e-12); // (22.5 + 32.5) / 2
        // deviations ±5, six times: 150; √(150 / 5)
        assertEquals(Math.sqrt(30), numeric.standardDeviation(), 1e-12);

        // level 2: every value * → nothing left
        Dataset top = TinyInputs.dataset("age", "*", "*");
        SummaryStatistics all = SummaryStatistics.ofGeneralized(top.column("age"), AttributeUtilityTest.age(), 2,
                ColumnType.INTEGER);
        assertEquals(0, all.count());
        assertTrue(all.numeric().isEmpty());
    }

    @Test
    void nonNumericLeavesGiveNoNumericStatistics() throws HierarchyException {
        // "unknown" stands for the text value "n/a": no number for it, so none for the column
        var hierarchy = TinyInputs.hierarchy("1;1-2", "2;1-2", "n/a;unknown", ";missing");
        Dataset output = TinyInputs.dataset("x", "1-2", "unknown", "missing", "1-2");
        SummaryStatistics x = SummaryStatistics.ofGeneralized(output.column("x"), hierarchy, 1, ColumnType.INTEGER);
        assertEquals(3, x.count()); // "missing" stands for the missing value alone
        assertTrue(x.numeric().isEmpty());
        // without the "unknown" record, the midpoint 1.5 stands for 1-2
        Dataset numeric = TinyInputs.dataset("x", "1-2", "missing", "1-2");
        SummaryStatistics y = SummaryStatistics.ofGeneralized(numeric.column("x"), hierarchy, 1, ColumnType.INTEGER);
        assertEquals(1.5, y.numeric().orElseThrow().mean(), 1e-12);
        // text input: never numeric
        assertTrue(SummaryStatistics.ofGeneralized(numeric.column("x"), hierarchy, 1, ColumnType.STRING).numeric()
                .isEmpty());
        assertThrows(IllegalArgumentException.class, () -> SummaryStatistics.ofGeneralized(
                TinyInputs.dataset("x", "3-4").column("x"), hierarchy, 1, ColumnType.INTEGER));
    }

    @Test
    void comparesEveryReleasedColumn() throws HierarchyException {
        AnonymizationConfig config = AttributeUtilityTest.config(2, "loss");
        Transformed transformed = AttributeUtilityTest.apply(config, 1, 0);
        List<SummaryStatistics.Comparison> comparisons = SummaryStatistics.compare(AttributeUtilityTest.DATA,
                transformed.output(), Map.of("age", AttributeUtilityTest.age(), "sex", AttributeUtilityTest.sex()),
                transformed.levels());
        // id is an identifier, removed from the output
        assertEquals(List.of("age", "sex", "city"), comparisons.stream().map(SummaryStatistics.Comparison::column)
                .toList());
        SummaryStatistics.Comparison age = comparisons.get(0);
        assertEquals(27.5, age.before().numeric().orElseThrow().mean(), 1e-12);
        assertEquals(6, age.after().count()); // r4, r7 suppressed
        assertEquals(27.5, age.after().numeric().orElseThrow().mean(), 1e-12);
        // sex at level 0 with r4 (F) and r7 (M) suppressed: M r1 r2 r3, F r5 r6 r8
        assertEquals(6, comparisons.get(1).after().count());
        assertEquals(comparisons.get(2).before(), comparisons.get(2).after()); // city unchanged
    }
}
