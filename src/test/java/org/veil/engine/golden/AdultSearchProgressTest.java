package org.veil.engine.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.reference.ReferenceModel;
import org.veil.engine.reference.ReferenceProblem;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationResult;

/** The search on Adult reports its progress as it goes and stops when asked to. */
class AdultSearchProgressTest {

    private static final ReferenceProblem ADULT_K5 = AdultData.problem(AdultData.allBut("salary-class"),
            List.of(ReferenceModel.k(5)), 0.05, "loss");

    @Test
    void reportsRisingProgressWithAPhaseAndEndsAtOne() throws Exception {
        List<Double> fractions = new ArrayList<>();
        List<String> phases = new ArrayList<>();
        ProgressListener listener = (fraction, phase) -> {
            fractions.add(fraction);
            phases.add(phase);
        };

        Anonymization.prepare(ADULT_K5.data(), ADULT_K5.toEngineConfig()).search(listener, CancellationToken.NONE);

        assertTrue(fractions.size() > 2, "progress is reported along the way, not only at the end: " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress never goes back: " + fractions);
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9);
        assertTrue(phases.stream().allMatch(p -> p != null && !p.isBlank()), phases.toString());
    }

    @Test
    void stopsAtTheNextCheckOnceCancelled() throws Exception {
        CancellationToken cancel = new CancellationToken();
        AtomicInteger reportsAfterCancel = new AtomicInteger();
        ProgressListener cancelAtFirstReport = (fraction, phase) -> {
            if (cancel.isCancelled()) {
                reportsAfterCancel.incrementAndGet();
            }
            cancel.cancel();
        };

        Anonymization prepared = Anonymization.prepare(ADULT_K5.data(), ADULT_K5.toEngineConfig());
        assertThrows(CancelledException.class, () -> prepared.search(cancelAtFirstReport, cancel));
        assertTrue(reportsAfterCancel.get() <= 1, reportsAfterCancel.get() + " reports after cancelling");

        AnonymizationResult again = prepared.search(ProgressListener.NONE, CancellationToken.NONE);
        assertFalse(again.optimum().isEmpty(), "a cancelled search leaves the prepared data usable");
    }
}
