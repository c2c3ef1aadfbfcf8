package org.veil.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.ComparedColumn.Role;
import org.veil.ui.workspace.AnonymizationModel;

/** The comparison of the input with a transformation of {@link TinyProject}, worked out by hand. */
class CompareViewModelTest {

    private static final int AGE = 0;
    private static final int ZIP = 1;
    private static final int DISEASE = 2;
    private static final int NAME = 3;

    private AnonymizationModel anonymization;
    private CompareViewModel viewModel;

    @BeforeEach
    void run() {
        anonymization = TinyProject.model(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        viewModel = new CompareViewModel(anonymization);
    }

    private Comparison select(int age, int zip) {
        anonymization.run();
        anonymization.select(TinyProject.node(anonymization, age, zip));
        return viewModel.comparisonProperty().get();
    }

    @Test
    void comparesNothingBeforeARun() {
        assertNull(viewModel.comparisonProperty().get());
        assertEquals("", viewModel.summaryProperty().get());
        assertEquals(-1, viewModel.nextSuppressed(0));
    }

    @Test
    void marksTheRecordsTheTransformationSuppresses() {
        Comparison comparison = select(1, 2);

        assertEquals(List.of(3, 6), suppressedRows(comparison));
        assertEquals(2, comparison.suppressedRecords());
        assertTrue(viewModel.summaryProperty().get().startsWith("2 records suppressed (22.22 %)"),
                viewModel.summaryProperty().get());
    }

    @Test
    void releasedRecordsShowingStarEverywhereAreNotTakenForSuppressed() {
        Comparison comparison = select(1, 2);

        assertEquals("*", comparison.outputValue(7, AGE));
        assertEquals("*", comparison.outputValue(7, ZIP));
        assertFalse(comparison.isSuppressed(7), "Hana's class of two is released, though all *");
        assertFalse(comparison.isSuppressed(8));
        assertTrue(comparison.isGeneralized(7, AGE), "38 → * is a generalization");
    }

    @Test
    void marksGeneralizedValuesOfReleasedRecordsOnly() {
        Comparison comparison = select(1, 2);

        assertTrue(comparison.isGeneralized(0, AGE), "21 → 20-24");
        assertTrue(comparison.isGeneralized(0, ZIP), "47677 → 476**");
        assertFalse(comparison.isGeneralized(0, DISEASE), "sensitive values are released as they are");
        assertFalse(comparison.isGeneralized(0, NAME), "identifiers are removed, not generalized");
        assertFalse(comparison.isGeneralized(3, AGE), "a suppressed record is marked as a whole");
    }

    @Test
    void aLevelOfZeroGeneralizesNothing() {
        Comparison comparison = select(0, 2);

        for (int row = 0; row < comparison.rowCount(); row++) {
            assertFalse(comparison.isGeneralized(row, AGE), "row " + row);
        }
        assertEquals("not generalized", comparison.columns().get(AGE).outputTag());
        assertEquals("level 2 of 3", comparison.columns().get(ZIP).outputTag());
    }

    @Test
    void showsIdentifiersInTheInputAsRemoved() {
        Comparison comparison = select(1, 2);

        ComparedColumn name = comparison.columns().get(NAME);
        assertEquals(Role.IDENTIFIER, name.role());
        assertTrue(name.removed());
        assertEquals("removed", name.outputTag());
        assertEquals("Anna", comparison.inputValue(0, NAME));
        assertNull(comparison.outputValue(0, NAME));
        assertEquals(List.of("age", "zip", "disease", "name"),
                comparison.columns().stream().map(ComparedColumn::name).toList(), "what changed first, removed last");
        assertEquals(0, name.inputIndex());
        assertEquals(Role.OTHER, comparison.columns().get(DISEASE).role(), "no model protects it");
        assertEquals("unchanged", comparison.columns().get(DISEASE).outputTag());
    }

    @Test
    void stepsThroughTheSuppressedRecordsWrappingRound() {
        select(1, 2);

        assertEquals(3, viewModel.nextSuppressed(-1));
        assertEquals(6, viewModel.nextSuppressed(3));
        assertEquals(3, viewModel.nextSuppressed(6));
        assertEquals(6, viewModel.previousSuppressed(0));
        assertEquals(3, viewModel.previousSuppressed(6));
    }

    @Test
    void theTopReleasesOneClassOfStarsAndSuppressesNothing() {
        Comparison comparison = select(3, 3);

        assertEquals(List.of(), suppressedRows(comparison));
        assertEquals(-1, viewModel.nextSuppressed(0));
        assertTrue(comparison.isGeneralized(0, AGE));
    }

    @Test
    void followsTheSelection() {
        Comparison first = select(1, 2);
        anonymization.select(TinyProject.node(anonymization, 2, 2));

        Comparison second = viewModel.comparisonProperty().get();
        assertNotSame(first, second);
        assertEquals("20-29", second.outputValue(0, AGE));
    }

    private static List<Integer> suppressedRows(Comparison comparison) {
        return IntStream.range(0, comparison.rowCount()).filter(comparison::isSuppressed).boxed().toList();
    }
}
