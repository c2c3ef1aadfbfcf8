package org.veil.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.ManualTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.common.UndoManager;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

class PrivacyViewModelTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final WorkspaceModel workspace = new WorkspaceModel();
    private final List<ModelFormViewModel> formsShown = new ArrayList<>();
    /** What the user does in the model dialog; by default they confirm what it shows. */
    private Consumer<ModelFormViewModel> user = form -> { };
    private boolean userCancels;
    private TaskRunner tasks = new SameThreadTaskRunner();
    private BackgroundWork work;
    private AnonymizationModel anonymization;
    private PrivacyViewModel viewModel;

    private PrivacyViewModel open() {
        work = new BackgroundWork(tasks, dialogs);
        anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
        viewModel = new PrivacyViewModel(workspace, anonymization, form -> {
            formsShown.add(form);
            user.accept(form);
            return userCancels ? Optional.empty() : Optional.ofNullable(form.spec());
        });
        workspace.open(SampleWorkspace.get());
        return viewModel;
    }

    private UndoManager undo() {
        return workspace.undo();
    }

    private Configuration configuration() {
        return workspace.get().configuration();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "K_ANONYMITY            | 10-anonymity",
        "DISTINCT_L_DIVERSITY   | distinct 2-diversity of diagnosis",
        "ENTROPY_L_DIVERSITY    | entropy 2-diversity of diagnosis",
        "RECURSIVE_CL_DIVERSITY | recursive (3,2)-diversity of diagnosis",
        "T_CLOSENESS            | 0.2-closeness of diagnosis (hierarchical distance)",
        "AVERAGE_RISK           | average re-identification risk ≤ 0.05",
        "SAMPLE_UNIQUENESS      | sample uniqueness ≤ 0.01"})
    void addsEveryKindOfModelAsAnUndoableCommand(ModelKind kind, String description) {
        open();
        user = form -> {
            form.kindProperty().set(kind);
            form.parameterProperty(ModelField.K).set("10");
            form.distanceProperty().set(DistanceChoice.HIERARCHICAL);
        };

        viewModel.addModel();

        assertFalse(formsShown.get(0).isEditing());
        assertEquals(2, viewModel.models().size());
        assertEquals(description, ModelDescriptions.describe(viewModel.models().get(1)));
        assertEquals("Add " + description, undo().undoDescriptionProperty().get());
        undo().undo();
        assertEquals(List.of(new KAnonymitySpec(5)), viewModel.models());
        assertEquals("Add " + description, undo().redoDescriptionProperty().get());
        undo().redo();
        assertEquals(description, ModelDescriptions.describe(viewModel.models().get(1)));
    }

    @Test
    void addsNothingWhenTheUserCancelsTheForm() {
        open();
        userCancels = true;
        viewModel.addModel();
        assertEquals(1, formsShown.size());
        assertEquals(1, viewModel.models().size());
        assertFalse(undo().canUndoProperty().get());
    }

    @Test
    void editsAModelAsOneCommandNamedForBothVersions() {
        open();
        List<String> shownK = new ArrayList<>();
        user = form -> {
            shownK.add(form.parameterProperty(ModelField.K).get());
            form.parameterProperty(ModelField.K).set("10");
        };

        viewModel.editModel(0);

        assertTrue(formsShown.get(0).isEditing());
        assertEquals(List.of("5"), shownK, "the form starts from the model");
        assertEquals(List.of(new KAnonymitySpec(10)), viewModel.models());
        assertEquals("Edit model: 5-anonymity → 10-anonymity", undo().undoDescriptionProperty().get());
        undo().undo();
        assertEquals(List.of(new KAnonymitySpec(5)), viewModel.models());
        undo().redo();
        assertEquals(List.of(new KAnonymitySpec(10)), configuration().models());
    }

    @Test
    void anEditThatChangesNothingIsNoCommand() {
        open();
        viewModel.editModel(0);
        assertFalse(undo().canUndoProperty().get());
    }

    @Test
    void removingTheOnlyModelDisablesAnonymizeWithTheReason() {
        open();
        assertTrue(viewModel.canAnonymizeProperty().get());
        assertTrue(viewModel.problems().isEmpty());

        viewModel.removeModel(0);

        assertTrue(viewModel.models().isEmpty());
        assertEquals("Remove 5-anonymity", undo().undoDescriptionProperty().get());
        assertFalse(viewModel.canAnonymizeProperty().get());
        assertEquals("Add at least one privacy model (Privacy).", viewModel.whyNotProperty().get());
        assertEquals(List.of(new ProblemItem("Add at least one privacy model (Privacy).", "Fix here, in this step")),
                viewModel.problems());
        undo().undo();
        assertTrue(viewModel.canAnonymizeProperty().get());
        assertTrue(viewModel.problems().isEmpty());
        assertEquals(List.of(new KAnonymitySpec(5)), viewModel.models());
    }

    @Test
    void listsTheProblemsOfEveryStepWithWhereToFixThem() {
        open();
        workspace.change("Remove hierarchy of zip", ws -> ws.withConfiguration(ws.configuration()
                .withHierarchy("zip", null)));
        workspace.change("Add t", ws -> ws.withConfiguration(ws.configuration().withModelAdded(
                new ModelSpec.TClosenessSpec("cost", ModelSpec.GroundDistance.EQUAL, 0.2))));

        assertEquals(List.of(
                new ProblemItem("Quasi-identifier 'zip' needs a hierarchy (Hierarchies).", "Fix in Hierarchies"),
                new ProblemItem("0.2-closeness of cost (equal distance) protects 'cost', which is not marked sensitive"
                        + " (Attributes).",
                        "Fix in Attributes, or edit the model here")), viewModel.problems());
        assertEquals("Quasi-identifier 'zip' needs a hierarchy (Hierarchies).", viewModel.whyNotProperty().get());
    }

    @Test
    void pointsToHierarchiesWhenAModelLacksTheHierarchyItNeeds() {
        open();
        workspace.change("Add t", ws -> ws.withConfiguration(ws.configuration().withHierarchy("diagnosis", null)
                .withModelAdded(new ModelSpec.TClosenessSpec("diagnosis", ModelSpec.GroundDistance.HIERARCHICAL, 0.2))));
        assertEquals(new ProblemItem("Hierarchical t-closeness of 'diagnosis' needs a hierarchy for 'diagnosis'",
                "Fix in Hierarchies, or edit the model here"), viewModel.problems().get(0));
    }

    @Test
    void setsTheSuppressionLimitAsAnUndoableCommand() {
        open();
        SuppressionLimitViewModel suppression = viewModel.suppression();
        assertEquals(5, suppression.percentProperty().get());

        suppression.percentProperty().set(12.5);

        assertEquals(0.125, configuration().suppressionLimit());
        assertEquals("Set suppression limit to 12.5%", undo().undoDescriptionProperty().get());
        undo().undo();
        assertEquals(5, suppression.percentProperty().get());
        assertEquals(0.05, configuration().suppressionLimit());
        undo().redo();
        assertEquals(12.5, suppression.percentProperty().get());
    }

    @Test
    void aSliderDragIsOneCommandMadeWhenTheThumbIsReleased() {
        open();
        SuppressionLimitViewModel suppression = viewModel.suppression();

        suppression.adjustingProperty().set(true);
        for (double percent = 5.5; percent <= 20; percent += 0.5) {
            suppression.percentProperty().set(percent);
        }
        assertFalse(undo().canUndoProperty().get(), "nothing is recorded while dragging");
        suppression.adjustingProperty().set(false);

        assertEquals("Set suppression limit to 20%", undo().undoDescriptionProperty().get());
        assertEquals(0.2, configuration().suppressionLimit());
        undo().undo();
        assertFalse(undo().canUndoProperty().get(), "the drag was a single command");
        assertEquals(0.05, configuration().suppressionLimit());
        assertEquals(5, suppression.percentProperty().get());
    }

    @Test
    void setsTheMetricAsAnUndoableCommandAndDescribesIt() {
        open();
        assertEquals("loss", viewModel.metricProperty().get());
        assertTrue(viewModel.metricDescriptionProperty().get().startsWith("Loss:"));

        viewModel.metricProperty().set("entropy");

        assertEquals("entropy", configuration().metric());
        assertEquals("Set metric to Non-uniform entropy", undo().undoDescriptionProperty().get());
        assertTrue(viewModel.metricDescriptionProperty().get().startsWith("Non-uniform entropy"));
        undo().undo();
        assertEquals("loss", viewModel.metricProperty().get());
        assertEquals("loss", configuration().metric());
        assertFalse(undo().canUndoProperty().get(), "showing the undone metric is no new command");
        undo().redo();
        assertEquals("entropy", viewModel.metricProperty().get());
    }

    @Test
    void offersNothingToChangeWithoutADataset() {
        work = new BackgroundWork(tasks, dialogs);
        anonymization = new AnonymizationModel(workspace, work, new AnonymizationService());
        viewModel = new PrivacyViewModel(workspace, anonymization, form -> {
            throw new AssertionError("no form without a dataset");
        });
        assertFalse(viewModel.hasWorkspaceProperty().get());
        viewModel.addModel();
        viewModel.suppression().percentProperty().set(10);
        assertFalse(viewModel.canAnonymizeProperty().get());
        assertEquals("Open a dataset first.", viewModel.whyNotProperty().get());
    }

    @Test
    void anonymizeIsDisabledWhileARunIsUnderWay() {
        ManualTaskRunner manual = new ManualTaskRunner();
        tasks = manual;
        open();

        viewModel.anonymize();

        assertFalse(viewModel.canAnonymizeProperty().get());
        assertEquals("Wait for the running job to finish.", viewModel.whyNotProperty().get());
        manual.runAll();
        assertTrue(viewModel.canAnonymizeProperty().get());
        assertNotNull(anonymization.outcomeProperty().get());
        assertTrue(work.messageProperty().get().startsWith("Optimum found"), work.messageProperty().get());
    }

    @Test
    void cannotAddLDiversityWhileNoColumnIsMarkedSensitive() {
        open();
        workspace.change("Set role of diagnosis", ws -> ws.withConfiguration(ws.configuration()
                .withRole("diagnosis", AttributeRole.INSENSITIVE)));
        user = form -> form.kindProperty().set(ModelKind.DISTINCT_L_DIVERSITY);
        viewModel.addModel();
        assertEquals(1, viewModel.models().size(), "the form cannot make ℓ-diversity without a sensitive column");
    }
}
