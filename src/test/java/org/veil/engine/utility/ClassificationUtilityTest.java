package org.veil.engine.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.veil.engine.classes.TinyInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;

class ClassificationUtilityTest {

    private static ClassificationUtility classify(Dataset input, Dataset output, String target, List<String> features,
            int folds, long seed) {
        return ClassificationUtility.of(input, output, target, features, folds, seed, ProgressListener.NONE,
                CancellationToken.NONE);
    }

    /** Rows {@code copy;noise;y}: copy equals the target, noise is the same in both classes. */
    private static Dataset obvious() {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String y = i < 20 ? "yes" : "no"; // 20 yes, 10 no
            rows.add(y + ";" + "k" + ";" + y);
        }
        return TinyInputs.dataset("copy;noise;y", rows.toArray(new String[0]));
    }

    @Test
    void aPerfectlyPredictiveFeatureScoresOne() {
        Dataset data = obvious();
        // the output releases copy fully generalized: nothing left to learn from
        List<String> released = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            released.add("*;k;" + data.value(i, 2));
        }
        Dataset output = TinyInputs.dataset("copy;noise;y", released.toArray(new String[0]));
        ClassificationUtility result = classify(data, output, "y", List.of("copy"), 5, 42);
        assertEquals(1.0, result.inputAccuracy(), 1e-12);
        // stratified 5 folds: each holds 4 yes and 2 no, trained on 16 yes, 8 no → always "yes": 20 / 30
        assertEquals(20.0 / 30, result.baselineAccuracy(), 1e-12);
        assertEquals(20.0 / 30, result.outputAccuracy(), 1e-12);
        assertEquals(0.0, result.relativeAccuracy(), 1e-12);
        assertEquals(30, result.records());
        assertEquals(5, result.folds());
    }

    @Test
    void aUselessFeatureScoresTheBaseline() {
        Dataset data = obvious();
        ClassificationUtility result = classify(data, data, "y", List.of("noise"), 10, 7);
        assertEquals(result.baselineAccuracy(), result.inputAccuracy(), 1e-12);
        assertEquals(20.0 / 30, result.inputAccuracy(), 1e-12);
        ClassificationUtility none = classify(data, data, "y", List.of(), 10, 7);
        assertEquals(20.0 / 30, none.inputAccuracy(), 1e-12);
        assertEquals(1.0, none.relativeAccuracy(), 1e-12); // the input gains nothing over the baseline
    }

    /**
     * Leave-one-out (k = records, so the folds do not depend on the seed) on f → y:
     * (a,Y) ×3, (b,N) ×3, (a,N) ×1, plus a record with a missing target, which is left out. Classes by
     * frequency: N (4), Y (3). Laplace with V = 3 (the dictionary of f holds a, b and c):
     * <pre>
     * leave out (a,Y): train Y {a,a} 2, N {b,b,b,a} 4; priors 2/6, 4/6
     *   Y: 2/6 · (2+1)/(2+3) = 1/3 · 3/5 = 0.2     N: 4/6 · (1+1)/(4+3) = 2/3 · 2/7 = 0.1905 → Y ✓ (×3)
     * leave out (b,N): train Y {a,a,a} 3, N {b,b,a} 3; priors equal
     *   Y: (0+1)/(3+3) = 1/6                      N: (2+1)/(3+3) = 3/6 → N ✓ (×3)
     * leave out (a,N): train Y {a,a,a} 3, N {b,b,b} 3
     *   Y: (3+1)/6                                N: (0+1)/6 → Y ✗
     * accuracy 6/7
     * baseline: leaving out a Y leaves N 4 > Y 2 → N ✗ (×3); leaving out an N leaves 3 : 3, the tie
     * goes to N, more frequent overall → ✓ (×4); 4/7
     * </pre>
     */
    @Test
    void leaveOneOutByHand() {
        Dataset data = TinyInputs.dataset("f;y", "a;Y", "b;N", "a;Y", "b;N", "a;N", "c;", "a;Y", "b;N");
        ClassificationUtility result = classify(data, data, "y", List.of("f"), 7, 1);
        assertEquals(7, result.records());
        assertEquals(6.0 / 7, result.inputAccuracy(), 1e-12);
        assertEquals(4.0 / 7, result.baselineAccuracy(), 1e-12);
        ClassificationUtility otherSeed = classify(data, data, "y", List.of("f"), 7, 99);
        assertEquals(result.inputAccuracy(), otherSeed.inputAccuracy(), 1e-12);
        assertEquals(result.baselineAccuracy(), otherSeed.baselineAccuracy(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        Dataset data = noisy(2000, 3);
        ClassificationUtility first = classify(data, data, "y", List.of("a", "b", "c"), 10, 12345);
        ClassificationUtility second = classify(data, data, "y", List.of("a", "b", "c"), 10, 12345);
        assertEquals(first, second);
        assertTrue(first.inputAccuracy() > first.baselineAccuracy() + 0.05, first.toString());
        assertTrue(first.inputAccuracy() < 1, first.toString());
    }

    @Test
    void reportsProgressAndHonoursCancellation() {
        Dataset data = noisy(500, 5);
        List<Double> fractions = new ArrayList<>();
        ClassificationUtility.of(data, data, "y", List.of("a"), 5, 1, (fraction, phase) -> fractions.add(fraction),
                CancellationToken.NONE);
        assertEquals(0.0, fractions.get(0), 1e-12);
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-12);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(CancelledException.class,
                () -> ClassificationUtility.of(data, data, "y", List.of("a"), 5, 1, ProgressListener.NONE, cancel));
        CancellationToken midway = new CancellationToken();
        assertThrows(CancelledException.class, () -> ClassificationUtility.of(data, data, "y", List.of("a"), 5, 1,
                (fraction, phase) -> {
                    if (fraction >= 0.5) {
                        midway.cancel();
                    }
                }, midway));
    }

    @Test
    void rejectsBadArguments() {
        Dataset data = obvious();
        assertThrows(IllegalArgumentException.class, () -> classify(data, data, "y", List.of("y"), 5, 1));
        assertThrows(IllegalArgumentException.class, () -> classify(data, data, "y", List.of("copy", "copy"), 5, 1));
        assertThrows(IllegalArgumentException.class, () -> classify(data, data, "y", List.of("nope"), 5, 1));
        assertThrows(IllegalArgumentException.class, () -> classify(data, data, "y", List.of("copy"), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> classify(data, data, "y", List.of("copy"), 31, 1));
        Dataset shorter = TinyInputs.dataset("copy;noise;y", "yes;k;yes");
        assertThrows(IllegalArgumentException.class, () -> classify(data, shorter, "y", List.of("copy"), 5, 1));
    }

    /** y depends on a (strongly), b (weakly) and not on c, with random noise. */
    static Dataset noisy(int rows, long seed) {
        Random random = new Random(seed);
        DatasetBuilder builder = new DatasetBuilder(List.of("a", "b", "c", "y"), rows);
        for (int r = 0; r < rows; r++) {
            int a = random.nextInt(4);
            int b = random.nextInt(3);
            int c = random.nextInt(5);
            double p = 0.15 + 0.2 * a + 0.05 * b;
            String y = random.nextDouble() < p ? "high" : "low";
            builder.addRow("a" + a, "b" + b, "c" + c, y);
        }
        return builder.build();
    }
}
