package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;

/**
 * <pre>
 * sex × city      A  B  C  (missing)
 *   M             2  1  1  0
 *   F             1  2  0  1
 *   X             0  0  0  1
 * </pre>
 * sex: M 4, F 4, X 1 → order F, M (tie by text), X; city: A 3, B 3, missing 2, C 1 → A, B, missing, C.
 */
class ContingencyTableTest {

    private static final Dataset DATA = TinyInputs.dataset("sex;city",
            "M;A", "M;A", "M;B", "M;C", "F;A", "F;B", "F;B", "F;", "X;");

    @Test
    void everyValue() {
        ContingencyTable table = ContingencyTable.of(DATA, "sex", "city", 10);
        assertEquals(List.of("F", "M", "X"), table.rowValues());
        assertEquals(Arrays.asList("A", "B", null, "C"), table.columnValues());
        assertFalse(table.rowOthers());
        assertFalse(table.columnOthers());
        assertArrayEquals(new long[] {1, 2, 1, 0}, table.counts()[0]); // F
        assertArrayEquals(new long[] {2, 1, 0, 1}, table.counts()[1]); // M
        assertArrayEquals(new long[] {0, 0, 1, 0}, table.counts()[2]); // X
        assertEquals(9, table.total());
    }

    @Test
    void topNWithOthers() {
        ContingencyTable table = ContingencyTable.of(DATA, "sex", "city", 2);
        assertEquals(List.of("F", "M"), table.rowValues());
        assertEquals(List.of("A", "B"), table.columnValues());
        assertTrue(table.rowOthers());
        assertTrue(table.columnOthers());
        // columns A, B, others (missing + C)
        assertArrayEquals(new long[] {1, 2, 1}, table.counts()[0]); // F: A 1, B 2, missing 1
        assertArrayEquals(new long[] {2, 1, 1}, table.counts()[1]); // M: A 2, B 1, C 1
        assertArrayEquals(new long[] {0, 0, 1}, table.counts()[2]); // others = X: missing 1
        assertEquals(2, table.count(1, 0));
    }

    @Test
    void aColumnAgainstItself() {
        ContingencyTable table = ContingencyTable.of(DATA, "sex", "sex", 10);
        assertArrayEquals(new long[][] {{4, 0, 0}, {0, 4, 0}, {0, 0, 1}}, table.counts());
    }
}
