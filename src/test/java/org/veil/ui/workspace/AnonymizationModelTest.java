package org.veil.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.compare.TinyProject;

/** Running, selecting and what the status bar says about it, on the nine patients of {@link TinyProject}. */
class AnonymizationModelTest {

    @Test
    void statesReadinessThenTheSelectedSolution() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        AnonymizationModel model = models.anonymization();
        assertEquals("Ready to anonymize", model.stateProperty().get());

        model.run();
        assertTrue(model.stateProperty().get().startsWith("Selected the optimum ["), model.stateProperty().get());

        int other = TinyProject.node(model, 1, 2);
        model.select(other);
        assertEquals("Selected [1, 2], 2 suppressed", model.stateProperty().get());
    }

    @Test
    void aConfigurationWithoutModelsIsNotReadyAndSaysWhy() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        models.workspace().change("Remove 2-anonymity",
                ws -> ws.withConfiguration(ws.configuration().withModels(List.of())));

        AnonymizationModel model = models.anonymization();
        assertFalse(model.canRunProperty().get());
        assertEquals("Not ready: 1 problem to fix", model.stateProperty().get());
        assertFalse(model.whyNotProperty().get().isEmpty());
        model.run();
        assertNull(model.outcomeProperty().get(), "a run that may not start does nothing");
    }

    @Test
    void noSecondRunWhileOneRuns() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), tasks);
        AnonymizationModel model = models.anonymization();

        model.run();
        assertFalse(model.canRunProperty().get());
        assertEquals("Wait for the running job to finish.", model.whyNotProperty().get());
        model.run();
        assertEquals(1, tasks.pendingJobs());

        tasks.runAll();
        assertNotNull(model.outcomeProperty().get());
        assertTrue(model.canRunProperty().get());
    }

    @Test
    void aChangedConfigurationDropsTheStaleOutcomeAndUndoDoesNotBringItBack() {
        TinyProject.Models models = TinyProject.models(TinyProject.workspace(2, 0.25), new SameThreadTaskRunner());
        AnonymizationModel model = models.anonymization();
        model.run();

        models.workspace().change("Set suppression limit to 10 %",
                ws -> ws.withConfiguration(ws.configuration().withSuppressionLimit(0.1)));
        assertNull(model.outcomeProperty().get());
        assertEquals(-1, model.selectedNodeProperty().get());

        models.workspace().undo().undo();
        assertNull(model.outcomeProperty().get(), "results always belong to a run of the configuration shown");
        assertEquals("Ready to anonymize", model.stateProperty().get());
    }
}
