package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;

class DistributionTest {

    // a ×3, b ×2, c ×2, d ×1, missing ×2 (one null, one empty: both missing, counted together)
    private static final Column LETTERS = new Column("letter", ColumnType.STRING,
            Dictionary.of("c", "a", null, "b", "d", ""), new int[] {0, 1, 1, 2, 3, 0, 1, 4, 3, 5});

    private static List<Distribution.Entry> entries(Object... valueAndCount) {
        Distribution.Entry[] entries = new Distribution.Entry[valueAndCount.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Distribution.Entry((String) valueAndCount[2 * i],
                    ((Integer) valueAndCount[2 * i + 1]).longValue());
        }
        return Arrays.asList(entries);
    }

    @Test
    void sortedByCountThenValueWithMissingLast() {
        Distribution all = Distribution.of(LETTERS, Integer.MAX_VALUE);
        assertEquals(entries("a", 3, "b", 2, "c", 2, null, 2, "d", 1), all.entries());
        assertEquals(10, all.total());
        assertEquals(0, all.othersCount());
        assertEquals(0, all.othersDistinct());
    }

    @Test
    void othersBucketBeyondTopN() {
        Distribution top2 = Distribution.of(LETTERS, 2);
        assertEquals(entries("a", 3, "b", 2), top2.entries());
        // c 2 + missing 2 + d 1
        assertEquals(5, top2.othersCount());
        assertEquals(3, top2.othersDistinct());
        assertEquals(0.5, top2.othersShare(), 1e-12);
        assertEquals(0.3, top2.entries().get(0).share(top2.total()), 1e-12);

        Distribution none = Distribution.of(LETTERS, 0);
        assertTrue(none.entries().isEmpty());
        assertEquals(10, none.othersCount());
        assertThrows(IllegalArgumentException.class, () -> Distribution.of(LETTERS, -1));
    }

    @Test
    void numbersTieByValue() {
        // 10 ×2, 9 ×2, 100 ×1: 9 before 10 as numbers (as text "10" < "9")
        Dataset data = TinyInputs.dataset("n", "10", "9", "100", "9", "10");
        Column n = data.column("n").withType(ColumnType.INTEGER);
        assertEquals(entries("9", 2, "10", 2, "100", 1), Distribution.of(n, 5).entries());
        assertEquals(entries("10", 2, "9", 2, "100", 1), Distribution.of(n.withType(ColumnType.STRING), 5).entries());
    }

    @Test
    void beforeAndAfterOfAReleasedColumn() throws Exception {
        var transformed = AttributeUtilityTest.apply(AttributeUtilityTest.config(2, "loss"), 1, 0);
        // before: 20, 25, 30, 35 twice each; after: 20-29 ×3, 30-39 ×3, * ×2 (r4, r7)
        assertEquals(entries("20", 2, "25", 2, "30", 2, "35", 2),
                Distribution.of(AttributeUtilityTest.DATA.column("age"), 10).entries());
        assertEquals(entries("20-29", 3, "30-39", 3, "*", 2),
                Distribution.of(transformed.output().column("age"), 10).entries());
    }
}
