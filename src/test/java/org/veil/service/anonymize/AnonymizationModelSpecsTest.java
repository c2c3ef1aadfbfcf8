package org.veil.service.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.privacy.AverageReidentificationRisk;
import org.veil.engine.privacy.DistinctLDiversity;
import org.veil.engine.privacy.EntropyLDiversity;
import org.veil.engine.privacy.EqualDistanceTCloseness;
import org.veil.engine.privacy.HierarchicalDistanceTCloseness;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.privacy.OrderedDistanceTCloseness;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.privacy.RecursiveCLDiversity;
import org.veil.engine.privacy.SampleUniqueness;
import org.veil.service.anonymize.ModelSpec.GroundDistance;
import org.veil.service.anonymize.ModelSpec.LDiversityKind;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;

/** {@link ModelSpecParser}: the privacy model syntax of the command line. */
class AnonymizationModelSpecsTest {

    private static final Map<String, Hierarchy> NO_HIERARCHIES = Map.of();

    @Test
    void kAnonymityIsAWholeNumberOfAtLeastOne() throws Exception {
        ModelSpec.KAnonymitySpec spec = ModelSpecParser.kAnonymity("5");

        assertEquals(5, spec.k());
        assertEquals("5", spec.text());
        PrivacyModel model = spec.toModel(NO_HIERARCHIES);
        assertEquals(5, assertInstanceOf(KAnonymity.class, model).k());
        assertEquals(Optional.empty(), spec.sensitiveAttribute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "2.5", "five", "", "99999999999"})
    void kAnonymityRejectsAnythingButAWholeNumberOfAtLeastOne(String text) {
        ModelSpecException e = assertThrows(ModelSpecException.class, () -> ModelSpecParser.kAnonymity(text));

        assertEquals("k must be a whole number of at least 1, not '" + text + "'", e.getMessage());
    }

    @Test
    void distinctLDiversityNamesTheAttributeAndAWholeL() throws Exception {
        LDiversitySpec spec = ModelSpecParser.lDiversity("salary-class:distinct:2");

        assertEquals(new LDiversitySpec("salary-class", LDiversityKind.DISTINCT, 2, Double.NaN), spec);
        assertEquals(Optional.of("salary-class"), spec.sensitiveAttribute());
        assertEquals("salary-class:distinct:2", spec.text());
        PrivacyModel model = spec.toModel(NO_HIERARCHIES);
        assertInstanceOf(DistinctLDiversity.class, model);
        assertEquals("distinct 2-diversity of salary-class", model.description());
    }

    @Test
    void entropyLDiversityAcceptsADecimalL() throws Exception {
        LDiversitySpec spec = ModelSpecParser.lDiversity("disease:entropy:1.5");

        assertEquals(1.5, spec.l());
        PrivacyModel model = spec.toModel(NO_HIERARCHIES);
        assertInstanceOf(EntropyLDiversity.class, model);
        assertEquals("entropy 1.5-diversity of disease", model.description());
    }

    @Test
    void recursiveLDiversityTakesLThenC() throws Exception {
        LDiversitySpec spec = ModelSpecParser.lDiversity("disease:recursive:2:3");

        assertEquals(2, spec.l());
        assertEquals(3, spec.c());
        assertEquals("disease:recursive:2:3", spec.text());
        PrivacyModel model = spec.toModel(NO_HIERARCHIES);
        assertInstanceOf(RecursiveCLDiversity.class, model);
        assertEquals("recursive (3,2)-diversity of disease", model.description());
    }

    @Test
    void kindsAreCaseInsensitiveAndAttributesMayContainColons() throws Exception {
        assertEquals(new LDiversitySpec("icd:10", LDiversityKind.DISTINCT, 3, Double.NaN),
                ModelSpecParser.lDiversity("icd:10:Distinct:3"));
        assertEquals(new LDiversitySpec("a:b", LDiversityKind.RECURSIVE, 2, 0.5),
                ModelSpecParser.lDiversity("a:b:RECURSIVE:2:.5"));
        assertEquals(new TClosenessSpec("x:y", GroundDistance.ORDERED, 0.25),
                ModelSpecParser.tCloseness("x:y:Ordered:0.25"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "salary|expected ATTRIBUTE:distinct:L, ATTRIBUTE:entropy:L or ATTRIBUTE:recursive:L:C",
        "salary:distinct|expected ATTRIBUTE:distinct:L, ATTRIBUTE:entropy:L or ATTRIBUTE:recursive:L:C",
        "salary:diverse:2|unknown kind 'diverse'; use distinct, entropy or recursive",
        ":distinct:2|names no attribute",
        "salary:distinct:2.5|L must be a whole number of at least 1, not '2.5'",
        "salary:distinct:0|L must be a whole number of at least 1, not '0'",
        "salary:entropy:0.5|L must be a number of at least 1, not '0.5'",
        "salary:entropy:many|L must be a number of at least 1, not 'many'",
        "salary:recursive:2|recursive l-diversity needs both L and C, as ATTRIBUTE:recursive:L:C",
        "salary:recursive:2:0|C must be a number above 0, not '0'",
        "salary:recursive:x:3|L must be a whole number of at least 1, not 'x'",
        "salary:distinct:2:3|distinct l-diversity takes L only, as ATTRIBUTE:distinct:L",
    })
    void badLDiversitySpecsSayWhatIsWrongAndWhatIsExpected(String text, String expected) {
        ModelSpecException e = assertThrows(ModelSpecException.class, () -> ModelSpecParser.lDiversity(text));

        assertTrue(e.getMessage().startsWith("l-diversity '" + text + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void tClosenessReadsEachGroundDistance() throws Exception {
        PrivacyModel equal = ModelSpecParser.tCloseness("salary-class:equal:0.2").toModel(NO_HIERARCHIES);
        PrivacyModel ordered = ModelSpecParser.tCloseness("age:ordered:0.1").toModel(NO_HIERARCHIES);

        assertInstanceOf(EqualDistanceTCloseness.class, equal);
        assertEquals("0.2-closeness of salary-class (equal distance)", equal.description());
        assertInstanceOf(OrderedDistanceTCloseness.class, ordered);
        assertEquals("0.1-closeness of age (ordered distance)", ordered.description());
    }

    @Test
    void hierarchicalTClosenessTakesTheAttributesHierarchy() throws Exception {
        TClosenessSpec spec = ModelSpecParser.tCloseness("diagnosis:hierarchical:0.2");
        Hierarchy hierarchy = Hierarchy.of(List.of(new String[] {"A09", "A", "*"}, new String[] {"B20", "B", "*"}));

        assertTrue(spec.needsHierarchy());
        assertEquals("diagnosis:hierarchical:0.2", spec.text());
        PrivacyModel model = spec.toModel(Map.of("diagnosis", hierarchy));
        assertInstanceOf(HierarchicalDistanceTCloseness.class, model);
        assertEquals("0.2-closeness of diagnosis (hierarchical distance)", model.description());
    }

    @Test
    void hierarchicalTClosenessWithoutAHierarchyIsRefused() throws ModelSpecException, HierarchyException {
        TClosenessSpec spec = ModelSpecParser.tCloseness("diagnosis:hierarchical:0.2");

        ModelSpecException e = assertThrows(ModelSpecException.class, () -> spec.toModel(NO_HIERARCHIES));

        assertEquals("hierarchical t-closeness of 'diagnosis' needs a hierarchy for 'diagnosis'", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "salary:equal|expected ATTRIBUTE:equal:T, ATTRIBUTE:hierarchical:T or ATTRIBUTE:ordered:T",
        "salary:euclid:0.2|unknown ground distance 'euclid'; use equal, hierarchical or ordered",
        "salary:equal:1.5|T must be a number between 0 and 1, not '1.5'",
        "salary:equal:-0.1|T must be a number between 0 and 1, not '-0.1'",
        "salary:equal:NaN|T must be a number between 0 and 1, not 'NaN'",
        ":equal:0.2|names no attribute",
    })
    void badTClosenessSpecsSayWhatIsWrongAndWhatIsExpected(String text, String expected) {
        ModelSpecException e = assertThrows(ModelSpecException.class, () -> ModelSpecParser.tCloseness(text));

        assertTrue(e.getMessage().startsWith("t-closeness '" + text + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void averageRiskIsAboveZeroAndAtMostOne() throws Exception {
        PrivacyModel model = ModelSpecParser.averageRisk("0.05").toModel(NO_HIERARCHIES);

        assertInstanceOf(AverageReidentificationRisk.class, model);
        assertEquals("average re-identification risk ≤ 0.05", model.description());
        assertEquals(1.0, ModelSpecParser.averageRisk("1").threshold());
        for (String bad : List.of("0", "1.01", "-0.5", "high")) {
            ModelSpecException e = assertThrows(ModelSpecException.class, () -> ModelSpecParser.averageRisk(bad));
            assertEquals("the average risk must be a number above 0 and at most 1, not '" + bad + "'", e.getMessage());
        }
    }

    @Test
    void sampleUniquenessIsBetweenZeroAndOne() throws Exception {
        PrivacyModel model = ModelSpecParser.sampleUniqueness("0").toModel(NO_HIERARCHIES);

        assertInstanceOf(SampleUniqueness.class, model);
        assertEquals("sample uniqueness ≤ 0", model.description());
        ModelSpecException e = assertThrows(ModelSpecException.class, () -> ModelSpecParser.sampleUniqueness("2"));
        assertEquals("the sample uniqueness must be a number between 0 and 1, not '2'", e.getMessage());
    }
}
