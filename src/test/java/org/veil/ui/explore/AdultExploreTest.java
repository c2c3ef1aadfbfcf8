package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.veil.engine.search.SolutionSpace;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.CompareViewModel;
import org.veil.ui.compare.Comparison;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.workspace.AnonymizationModel;

/** The Explore step's models on Adult: 6,480 transformations, 30,162 records. */
class AdultExploreTest {

    private static AnonymizationModel anonymization;
    private static ExploreViewModel viewModel;
    private static CompareViewModel compare;

    @BeforeAll
    static void run() {
        anonymization = TinyProject.model(AdultProject.workspace(), new SameThreadTaskRunner());
        viewModel = new ExploreViewModel(anonymization, new SimpleBooleanProperty(), Runnable::run);
        compare = new CompareViewModel(anonymization);
        anonymization.run();
    }

    @Test
    void drawsTheLatticeInEighteenRowsOfAtMost970() {
        LatticeLayout layout = viewModel.layoutProperty().get();

        assertNotNull(layout, viewModel.tooLargeProperty().get());
        assertEquals(18, layout.rowCount());
        assertEquals(970, layout.widest());
        assertEquals("", viewModel.tooLargeProperty().get());
    }

    @Test
    void listsAllTransformationsAndFiltersThem() {
        assertEquals(6_480, viewModel.table().rows().size());

        viewModel.table().textFilterProperty().set("age=0 sex=1");
        assertEquals(6_480 / 5 / 2, viewModel.table().rows().size());
        viewModel.table().textFilterProperty().set("");
        viewModel.table().stateFilterProperty().set(StateFilter.ALL);
    }

    @Test
    void comparesTheOptimumWithTheInput() {
        SolutionSpace space = anonymization.outcomeProperty().get().result().space();
        Comparison comparison = compare.comparisonProperty().get();

        assertEquals(30_162, comparison.rowCount());
        int suppressed = 0;
        for (int row = 0; row < comparison.rowCount(); row++) {
            suppressed += comparison.isSuppressed(row) ? 1 : 0;
        }
        assertEquals(space.suppressedRecords(space.optimum()), suppressed, "every suppressed record is found");
        assertTrue(compare.summaryProperty().get().startsWith(String.format("%,d records suppressed", suppressed)));
    }
}
