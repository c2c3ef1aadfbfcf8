package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.Workspace;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.TinyProject;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.common.TransformationText;

class ExploreViewModelTest {

    private final Later later = new Later();

    private ExploreViewModel viewModel(AnonymizationModel anonymization) {
        return new ExploreViewModel(anonymization, new SimpleBooleanProperty(false), later);
    }

    @Test
    void saysHowToStartBeforeARun() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);

        assertEquals(ExploreViewModel.RUN_FIRST, viewModel.emptyMessageProperty().get());
        assertTrue(viewModel.emptyMessageProperty().get().contains("Ctrl+R"));
        assertNull(viewModel.layoutProperty().get());
        assertEquals(0, viewModel.table().rows().size());
        assertEquals("", viewModel.summaryProperty().get());
        assertEquals("", viewModel.selection().headingProperty().get());
    }

    @Test
    void saysTheSolutionsAreComingWhileAJobRuns() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), tasks);
        ExploreViewModel viewModel = new ExploreViewModel(models.anonymization(), models.work().busyProperty(), later);

        models.anonymization().run();
        assertEquals(ExploreViewModel.WORKING, viewModel.emptyMessageProperty().get());
        tasks.runAll();
        assertEquals("", viewModel.emptyMessageProperty().get());
    }

    @Test
    void addsWhyTheAnonymizationCannotRunYet() {
        Workspace unconfigured = Workspace.of(TinyProject.dataset(), "tiny.csv", null);
        ExploreViewModel viewModel = viewModel(TinyProject.model(unconfigured, new SameThreadTaskRunner()));

        assertTrue(viewModel.emptyMessageProperty().get().startsWith(ExploreViewModel.RUN_FIRST + "\n"));
        assertTrue(viewModel.emptyMessageProperty().get().contains("quasi-identifying"),
                viewModel.emptyMessageProperty().get());
    }

    @Test
    void showsTheSolutionSpaceOfARunWithTheOptimumSelected() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);

        anonymization.run();

        SolutionSpace space = anonymization.outcomeProperty().get().result().space();
        assertEquals("", viewModel.emptyMessageProperty().get());
        assertEquals("", viewModel.noSolutionProperty().get());
        assertNotNull(viewModel.layoutProperty().get());
        assertEquals(7, viewModel.layoutProperty().get().rowCount());
        assertEquals("", viewModel.tooLargeProperty().get());
        assertEquals(space.optimum(), viewModel.optimumProperty().get());
        assertEquals(space.optimum(), viewModel.requestedNodeProperty().get());
        assertEquals(16, viewModel.table().rows().size());
        assertTrue(viewModel.summaryProperty().get().startsWith("16 transformations · "),
                viewModel.summaryProperty().get());
        assertEquals("Optimum", viewModel.selection().headingProperty().get());
        assertEquals("Anonymous", viewModel.selection().verdictProperty().get());
        assertTrue(viewModel.selection().optimumProperty().get());
    }

    @Test
    void selectingATransformationAppliesItAndDescribesIt() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);
        anonymization.run();
        int node = TinyProject.node(anonymization, 1, 2);

        viewModel.select(node);
        later.runAll();

        assertEquals(node, anonymization.selectedNodeProperty().get());
        assertEquals(node, viewModel.requestedNodeProperty().get());
        assertEquals(-1, viewModel.pendingNodeProperty().get());
        SelectedSolutionViewModel selection = viewModel.selection();
        assertEquals(node == viewModel.optimumProperty().get() ? "Optimum" : "Selected transformation",
                selection.headingProperty().get());
        assertEquals("age=1 · zip=2", selection.levelsProperty().get());
        assertEquals("Anonymous", selection.verdictProperty().get());
        assertEquals("2 records (22.2 %)", selection.suppressedProperty().get());
        assertEquals("3 released, 2 suppressed", selection.classesProperty().get());
        assertEquals("Loss", selection.metricTitleProperty().get());
        assertEquals("", selection.applyingProperty().get());
    }

    @Test
    void aSelectionMadeWhileAJobRunsIsAppliedWhenItEnds() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), tasks);
        AnonymizationModel anonymization = models.anonymization();
        ExploreViewModel viewModel = new ExploreViewModel(anonymization, models.work().busyProperty(), later);
        anonymization.run();
        tasks.runAll();
        later.runAll();
        int first = TinyProject.node(anonymization, 3, 3);
        int second = TinyProject.node(anonymization, 2, 3);

        viewModel.select(first);
        assertTrue(models.work().busyProperty().get(), "the first is being applied");
        viewModel.select(second);

        assertEquals(second, viewModel.pendingNodeProperty().get());
        assertEquals(second, viewModel.requestedNodeProperty().get(), "the table and lattice show the request");
        assertTrue(viewModel.selection().applyingProperty().get().startsWith("Applying age=2 · zip=3"));
        assertEquals(1, tasks.pendingJobs(), "one job at a time");
        tasks.runAll();
        later.runAll();
        assertEquals(first, anonymization.selectedNodeProperty().get());
        assertEquals(1, tasks.pendingJobs(), "the waiting request started once the job ended");
        tasks.runAll();
        assertEquals(second, anonymization.selectedNodeProperty().get());
        assertEquals(-1, viewModel.pendingNodeProperty().get());
    }

    @Test
    void saysWhenNoTransformationIsAnonymousAndStillShowsTheSpace() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(10, 0),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);

        anonymization.run();

        String message = viewModel.noSolutionProperty().get();
        assertTrue(message.startsWith("No transformation satisfies the privacy models without suppressing records."),
                message);
        assertTrue(message.contains("Raise the suppression limit or relax the models"), message);
        assertNotNull(viewModel.layoutProperty().get());
        assertEquals(-1, viewModel.optimumProperty().get());
        assertEquals(SelectedSolutionViewModel.NONE_SELECTED, viewModel.selection().headingProperty().get());
        assertFalse(viewModel.selection().presentProperty().get());
    }

    @Test
    void namesTheSuppressionLimitWhenThereIsOne() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(10, 0.05),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);

        anonymization.run();

        assertTrue(viewModel.noSolutionProperty().get().contains("with at most 5 % of the records suppressed"));
    }

    @Test
    void describesATransformationForItsTooltip() {
        AnonymizationModel anonymization = TinyProject.model(TinyProject.workspace(2, 0.25),
                new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);
        anonymization.run();
        SolutionSpace space = anonymization.outcomeProperty().get().result().space();
        int optimum = space.optimum();

        String text = viewModel.describe(optimum);

        assertTrue(text.startsWith(TransformationText.levels(List.of("age", "zip"),
                space.lattice().levels(optimum)) + "   (height "), text);
        assertTrue(text.contains("Anonymous (checked) — the optimum"), text);
        assertTrue(text.contains("Loss: "), text);
        assertTrue(text.contains("Suppressed: "), text);
        for (int node = 0; node < space.lattice().size(); node++) {
            if (space.state(node) == NodeState.NOT_CHECKED) {
                assertTrue(viewModel.describe(node).contains("Not evaluated by the search"));
            }
        }
    }

    @Test
    void forgetsTheSolutionsWhenTheConfigurationChanges() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(models.anonymization());
        models.anonymization().run();

        models.workspace().change("Set k", w -> TinyProject.workspace(3, 0.25));

        assertNull(viewModel.layoutProperty().get());
        assertEquals(0, viewModel.table().rows().size());
        assertEquals(ExploreViewModel.RUN_FIRST, viewModel.emptyMessageProperty().get());
    }

    @Test
    void aFailedApplyDropsTheRequest() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        ExploreViewModel viewModel = new ExploreViewModel(models.anonymization(), models.work().busyProperty(), later);
        models.anonymization().run();
        int optimum = viewModel.optimumProperty().get();

        viewModel.select(10_000); // not in the space: applying it fails and the error is shown
        later.runAll();

        assertEquals(-1, viewModel.pendingNodeProperty().get());
        assertEquals(optimum, viewModel.requestedNodeProperty().get());
    }

    @Test
    void saysWhenTheLatticeIsTooWideToDrawAndKeepsTheTable() {
        AnonymizationModel anonymization = TinyProject.model(wideWorkspace(), new SameThreadTaskRunner());
        ExploreViewModel viewModel = viewModel(anonymization);

        anonymization.run();

        assertNull(viewModel.layoutProperty().get());
        assertEquals("This solution space has 15,625 transformations, up to 1,751 of them at one height: too many to"
                + " draw legibly (at most 1,600 a row can be drawn). Filter and sort them in the table.",
                viewModel.tooLargeProperty().get());
        assertEquals(15_625, viewModel.table().rows().size());
    }

    /** Six quasi-identifiers with hierarchies of height 4: 5^6 transformations, 1,751 at height 12. */
    private static Workspace wideWorkspace() {
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        DatasetBuilder builder = new DatasetBuilder(names, 12);
        for (int row = 0; row < 12; row++) {
            String[] cells = new String[names.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = Integer.toString((row * (c + 1)) % 4);
            }
            builder.addRow(cells);
        }
        Dataset data = builder.build();
        Hierarchy hierarchy;
        try {
            hierarchy = Hierarchy.of(List.of("0;0-1;0-3;any;*".split(";"), "1;0-1;0-3;any;*".split(";"),
                    "2;2-3;0-3;any;*".split(";"), "3;2-3;0-3;any;*".split(";")));
        } catch (HierarchyException e) {
            throw new IllegalStateException(e);
        }
        Configuration configuration = Configuration.initial(data);
        for (String name : names) {
            configuration = configuration.withRole(name, AttributeRole.QUASI_IDENTIFYING)
                    .withHierarchy(name, new AssignedHierarchy(hierarchy, name));
        }
        return new Workspace(data, "wide.csv", null,
                configuration.withModelAdded(new ModelSpec.KAnonymitySpec(2)).withSuppressionLimit(0.2));
    }

    @Test
    void searchTimesBelowASecondReadInMilliseconds() {
        assertEquals("38 ms", ExploreViewModel.duration(38));
        assertEquals("1.5 s", ExploreViewModel.duration(1_490));
    }
}
