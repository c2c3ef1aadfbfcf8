package org.veil.ui.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.AverageRiskSpec;
import org.veil.service.anonymize.ModelSpec.GroundDistance;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.anonymize.ModelSpec.LDiversityKind;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.SampleUniquenessSpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;

class ModelFormViewModelTest {

    /** The sample without its 5-anonymity, so the form's defaults are not a duplicate. */
    private static final Configuration NO_MODELS = SampleWorkspace.configuration(c -> c.withModels(List.of()));

    private static ModelFormViewModel addForm(Configuration configuration, ModelKind kind) {
        ModelFormViewModel form = new ModelFormViewModel(configuration, -1);
        form.kindProperty().set(kind);
        return form;
    }

    private static void assertError(ModelFormViewModel form, ModelField field, String message) {
        assertEquals(message, form.errorProperty(field).get());
        assertFalse(form.validProperty().get(), "OK is disabled while " + field + " is wrong");
        assertNull(form.spec());
    }

    @Test
    void makesEveryKindOfModelFromTheDefaults() {
        assertEquals(new KAnonymitySpec(5), addForm(NO_MODELS, ModelKind.K_ANONYMITY).spec());
        assertEquals(new LDiversitySpec("diagnosis", LDiversityKind.DISTINCT, 2, Double.NaN),
                addForm(NO_MODELS, ModelKind.DISTINCT_L_DIVERSITY).spec());
        assertEquals(new LDiversitySpec("diagnosis", LDiversityKind.ENTROPY, 2, Double.NaN),
                addForm(NO_MODELS, ModelKind.ENTROPY_L_DIVERSITY).spec());
        assertEquals(new LDiversitySpec("diagnosis", LDiversityKind.RECURSIVE, 2, 3),
                addForm(NO_MODELS, ModelKind.RECURSIVE_CL_DIVERSITY).spec());
        assertEquals(new TClosenessSpec("diagnosis", GroundDistance.EQUAL, 0.2),
                addForm(NO_MODELS, ModelKind.T_CLOSENESS).spec());
        assertEquals(new AverageRiskSpec(0.05), addForm(NO_MODELS, ModelKind.AVERAGE_RISK).spec());
        assertEquals(new SampleUniquenessSpec(0.01), addForm(NO_MODELS, ModelKind.SAMPLE_UNIQUENESS).spec());
    }

    @Test
    void offersTheSensitiveColumnsAndOnlyTheInputsTheKindNeeds() {
        ModelFormViewModel form = addForm(NO_MODELS, ModelKind.RECURSIVE_CL_DIVERSITY);
        assertEquals(List.of("diagnosis"), form.sensitiveColumns());
        assertTrue(form.showsProperty(ModelField.ATTRIBUTE).get());
        assertTrue(form.showsProperty(ModelField.C).get());
        assertFalse(form.showsProperty(ModelField.K).get());
        assertFalse(form.showsProperty(ModelField.DISTANCE).get());
        form.kindProperty().set(ModelKind.T_CLOSENESS);
        assertTrue(form.showsProperty(ModelField.DISTANCE).get());
        assertFalse(form.showsProperty(ModelField.C).get());
        assertTrue(form.kindExplanationProperty().get().contains("distance t"), form.kindExplanationProperty().get());
    }

    @Test
    void saysWhatIsWrongWithEachParameterInTheParsersWords() {
        ModelFormViewModel form = addForm(NO_MODELS, ModelKind.K_ANONYMITY);
        form.parameterProperty(ModelField.K).set("0");
        assertError(form, ModelField.K, "k must be a whole number of at least 1, not '0'.");

        form.kindProperty().set(ModelKind.DISTINCT_L_DIVERSITY);
        form.parameterProperty(ModelField.L).set("1.5");
        assertError(form, ModelField.L, "ℓ must be a whole number of at least 1, not '1.5'.");
        form.kindProperty().set(ModelKind.ENTROPY_L_DIVERSITY);
        assertEquals(new LDiversitySpec("diagnosis", LDiversityKind.ENTROPY, 1.5, Double.NaN), form.spec());
        form.parameterProperty(ModelField.L).set("2:3");
        assertError(form, ModelField.L, "ℓ must be a number, not '2:3'.");

        form.parameterProperty(ModelField.L).set("2");
        form.kindProperty().set(ModelKind.RECURSIVE_CL_DIVERSITY);
        form.parameterProperty(ModelField.C).set("0");
        assertError(form, ModelField.C, "c must be a number above 0, not '0'.");
        assertEquals("", form.errorProperty(ModelField.L).get(), "only the wrong input has a message");

        form.kindProperty().set(ModelKind.T_CLOSENESS);
        form.parameterProperty(ModelField.T).set("1.5");
        assertError(form, ModelField.T, "t must be a number between 0 and 1, not '1.5'.");

        form.kindProperty().set(ModelKind.AVERAGE_RISK);
        form.parameterProperty(ModelField.RISK).set("0");
        assertError(form, ModelField.RISK, "The average risk must be a number above 0 and at most 1, not '0'.");

        form.kindProperty().set(ModelKind.SAMPLE_UNIQUENESS);
        form.parameterProperty(ModelField.UNIQUENESS).set("x");
        assertError(form, ModelField.UNIQUENESS, "The sample uniqueness must be a number between 0 and 1, not 'x'.");
        form.parameterProperty(ModelField.UNIQUENESS).set("0");
        assertTrue(form.validProperty().get());
    }

    @Test
    void asksForASensitiveAttributeWhenNoColumnIsMarkedSensitive() {
        Configuration noneSensitive = NO_MODELS.withRole("diagnosis", AttributeRole.INSENSITIVE);
        ModelFormViewModel form = addForm(noneSensitive, ModelKind.DISTINCT_L_DIVERSITY);
        assertTrue(form.sensitiveColumns().isEmpty());
        assertError(form, ModelField.ATTRIBUTE, "Distinct ℓ-diversity needs a sensitive attribute, and no column is"
                + " marked sensitive: mark one in Attributes.");
        form.kindProperty().set(ModelKind.K_ANONYMITY);
        assertTrue(form.validProperty().get(), "k-anonymity needs no sensitive attribute");
    }

    @Test
    void asksForTheHierarchyThatHierarchicalTClosenessNeeds() {
        Configuration noHierarchy = NO_MODELS.withHierarchy("diagnosis", null);
        ModelFormViewModel form = addForm(noHierarchy, ModelKind.T_CLOSENESS);
        form.distanceProperty().set(DistanceChoice.HIERARCHICAL);
        assertError(form, ModelField.DISTANCE, "Hierarchical t-closeness of 'diagnosis' needs a hierarchy for"
                + " 'diagnosis' — assign one in Hierarchies.");
        form.distanceProperty().set(DistanceChoice.ORDERED);
        assertEquals(new TClosenessSpec("diagnosis", GroundDistance.ORDERED, 0.2), form.spec());

        ModelFormViewModel withHierarchy = addForm(NO_MODELS, ModelKind.T_CLOSENESS);
        withHierarchy.distanceProperty().set(DistanceChoice.HIERARCHICAL);
        assertEquals(new TClosenessSpec("diagnosis", GroundDistance.HIERARCHICAL, 0.2), withHierarchy.spec());
    }

    @Test
    void refusesAModelThatIsAlreadyConfigured() {
        ModelFormViewModel form = new ModelFormViewModel(SampleWorkspace.get().configuration(), -1);
        assertError(form, ModelField.MODEL, "5-anonymity is already configured.");
        form.parameterProperty(ModelField.K).set("10");
        assertEquals(new KAnonymitySpec(10), form.spec());
    }

    @Test
    void editsAConfiguredModelStartingFromItsValues() {
        ModelSpec t = new TClosenessSpec("diagnosis", GroundDistance.HIERARCHICAL, 0.15);
        Configuration configuration = SampleWorkspace.configuration(c -> c.withModelAdded(t));
        ModelFormViewModel form = new ModelFormViewModel(configuration, 1);
        assertTrue(form.isEditing());
        assertEquals(ModelKind.T_CLOSENESS, form.kindProperty().get());
        assertEquals(DistanceChoice.HIERARCHICAL, form.distanceProperty().get());
        assertEquals("0.15", form.parameterProperty(ModelField.T).get());
        assertEquals(t, form.spec(), "the model being edited is no duplicate of itself");
    }
}
