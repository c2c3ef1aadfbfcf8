package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.risk.QiCombinations.Combination;

class QiCombinationsTest {

    private static final double EPS = 1e-12;

    /** Six people, C(6,2) = 15 pairs. */
    private static final Dataset PEOPLE = TinyInputs.dataset("age;sex;zip",
            "34;f;1", "34;f;1", "34;m;2", "41;m;2", "41;m;3", "52;f;3");

    private static final List<String> QIS = List.of("age", "sex", "zip");

    private static List<Combination> measure(int maxSize) {
        return QiCombinations.of(PEOPLE, QIS, maxSize, ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void measuresDistinctionSeparationAndUniquenessOfEverySubset() {
        assertEquals(rounded(List.of(
                // (34,1)×2 (34,2) (41,2) (41,3) (52,3): 5 classes; 1 pair together → 14/15; 4 unique
                new Combination(List.of("age", "zip"), 5 / 6.0, 14 / 15.0, 4 / 6.0),
                // the same classes with sex added; larger, so after
                new Combination(List.of("age", "sex", "zip"), 5 / 6.0, 14 / 15.0, 4 / 6.0),
                // (34,f)×2 (34,m) (41,m)×2 (52,f): 4 classes; 2 pairs together → 13/15; 2 unique
                new Combination(List.of("age", "sex"), 4 / 6.0, 13 / 15.0, 2 / 6.0),
                // (f,1)×2 (m,2)×2 (m,3) (f,3): the same counts; after age,sex in enumeration order
                new Combination(List.of("sex", "zip"), 4 / 6.0, 13 / 15.0, 2 / 6.0),
                // 1×2 2×2 3×2: 3 classes; 3 pairs together → 12/15; no unique
                new Combination(List.of("zip"), 3 / 6.0, 12 / 15.0, 0),
                // 34×3 41×2 52: 3 classes; 3 + 1 pairs together → 11/15, below zip's; 52 unique
                new Combination(List.of("age"), 3 / 6.0, 11 / 15.0, 1 / 6.0),
                // f×3 m×3: 2 classes; 3 + 3 pairs together → 9/15
                new Combination(List.of("sex"), 2 / 6.0, 9 / 15.0, 0))), rounded(measure(3)));
    }

    @Test
    void boundsTheSubsetSizeAndTheirNumber() {
        assertEquals(6, measure(2).size(), "3 singles and 3 pairs");
        assertEquals(7, measure(10).size(), "no subset is larger than the attributes");
        List<Combination> limited = QiCombinations.of(PEOPLE, QIS, 3, 4, ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(List.of(List.of("age", "sex"), List.of("zip"), List.of("age"), List.of("sex")),
                limited.stream().map(Combination::attributes).toList(), "the singles, then the first pair");
        assertEquals(7, QiCombinations.subsetCount(3, 3));
        assertEquals(6, QiCombinations.subsetCount(3, 2));
        assertEquals(92, QiCombinations.subsetCount(8, 3), "8 + 28 + 56");
        assertEquals(255, QiCombinations.subsetCount(8, 8));
    }

    @Test
    void noRecordsSinglesNobodyOutAndOneRecordIsAKey() {
        Dataset empty = TinyInputs.dataset("a;b");
        for (Combination c : QiCombinations.of(empty, List.of("a", "b"), 2, ProgressListener.NONE,
                CancellationToken.NONE)) {
            assertEquals(0, c.distinction());
            assertEquals(0, c.separation());
            assertEquals(0, c.uniqueShare());
        }
        Dataset one = TinyInputs.dataset("a;b", "x;y");
        for (Combination c : QiCombinations.of(one, List.of("a", "b"), 2, ProgressListener.NONE,
                CancellationToken.NONE)) {
            assertEquals(1, c.distinction());
            assertEquals(1, c.separation(), "no pair is left together");
            assertEquals(1, c.uniqueShare());
        }
    }

    @Test
    void aMissingValueReadsAsTheEmptyValueAsInHierarchies() {
        DatasetBuilder builder = new DatasetBuilder(List.of("a"), 4);
        builder.addRow("x");
        builder.addRow("");
        builder.addRow((String) null);
        builder.addRow((String) null);
        Combination only = QiCombinations.of(builder.build(), List.of("a"), 1, ProgressListener.NONE,
                CancellationToken.NONE).get(0);
        // classes x and {"", missing, missing}: 2 of 4; 3 of 6 pairs together
        assertEquals(2 / 4.0, only.distinction(), EPS);
        assertEquals(3 / 6.0, only.separation(), EPS);
        assertEquals(1 / 4.0, only.uniqueShare(), EPS);
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() {
        List<Double> fractions = new ArrayList<>();
        QiCombinations.of(PEOPLE, QIS, 3, (fraction, phase) -> fractions.add(fraction), CancellationToken.NONE);
        assertEquals(0, fractions.get(0));
        assertEquals(1, fractions.get(fractions.size() - 1));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back");
        }
        CancellationToken cancel = new CancellationToken();
        assertThrows(CancelledException.class, () -> QiCombinations.of(PEOPLE, QIS, 3,
                (fraction, phase) -> {
                    if (fraction > 0.3) {
                        cancel.cancel();
                    }
                }, cancel));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> QiCombinations.of(PEOPLE, List.of("age", "weight"), 2,
                ProgressListener.NONE, CancellationToken.NONE));
        assertThrows(IllegalArgumentException.class, () -> QiCombinations.of(PEOPLE, List.of("age", "age"), 2,
                ProgressListener.NONE, CancellationToken.NONE));
        assertThrows(IllegalArgumentException.class, () -> QiCombinations.of(PEOPLE, List.of(), 2,
                ProgressListener.NONE, CancellationToken.NONE));
        assertThrows(IllegalArgumentException.class, () -> QiCombinations.of(PEOPLE, QIS, 0,
                ProgressListener.NONE, CancellationToken.NONE));
        assertThrows(IllegalArgumentException.class, () -> QiCombinations.of(PEOPLE, QIS, 2, 0,
                ProgressListener.NONE, CancellationToken.NONE));
    }

    /** Exact fractions, so the records compare equal despite rounding in the last place. */
    private static List<Combination> rounded(List<Combination> combinations) {
        return combinations.stream().map(c -> new Combination(c.attributes(), round(c.distinction()),
                round(c.separation()), round(c.uniqueShare()))).toList();
    }

    private static double round(double value) {
        return Math.round(value * 1e9) / 1e9;
    }
}
