package org.veil.engine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;

/** The privacy checker finds planted violations and accepts valid releases. */
class ReferencePrivacyCheckerTest {

    private static final Hierarchy AGE = Tables.hierarchy("20;20-29;*", "25;20-29;*", "30;30-39;*", "35;30-39;*");
    private static final Dataset INPUT = Tables.dataset("name;age;disease",
            "Ann;20;flu", "Bob;25;cold", "Cid;20;flu", "Dan;30;hiv", "Eve;35;flu", "Fay;30;cold", "Gil;35;flu");

    private static ReferenceProblem problem(double limit, ReferenceModel... models) {
        return new ReferenceProblem(INPUT, List.of(new ReferenceProblem.Qi("age", AGE)), Set.of("name"),
                List.of(models), limit, "loss");
    }

    private static Dataset released(String... ages) {
        String[] rows = new String[ages.length];
        for (int r = 0; r < ages.length; r++) {
            rows[r] = ages[r] + ";" + INPUT.column("disease").value(r);
        }
        return Tables.dataset("age;disease", rows);
    }

    @Test
    void acceptsAValidRelease() {
        Dataset release = released("20-29", "20-29", "20-29", "30-39", "30-39", "30-39", "30-39");
        assertEquals(List.of(), PrivacyChecker.violations(problem(0, ReferenceModel.k(3)), release));
    }

    @Test
    void reportsAClassSmallerThanK() {
        // 20-29 holds three records; 30-39 two, the other two suppressed.
        Dataset release = released("20-29", "20-29", "20-29", "30-39", "*", "30-39", "*");
        List<String> violations = PrivacyChecker.violations(problem(0.3, ReferenceModel.k(3)), release);
        assertEquals(List.of("class [30-39] of 2 records violates K_ANONYMITY(3)"), violations);
    }

    @Test
    void countsRowsWithAllQuasiIdentifiersStarredAsSuppressed() {
        Dataset release = released("20-29", "20-29", "20-29", "*", "*", "*", "*");
        assertEquals(List.of(), PrivacyChecker.violations(problem(4.0 / 7, ReferenceModel.k(3)), release));
        List<String> violations = PrivacyChecker.violations(problem(0.5, ReferenceModel.k(3)), release);
        assertEquals(List.of("4 of 7 records suppressed, above the limit 0.5"), violations);
    }

    @Test
    void acceptsTheTopOfTheHierarchyAsOneRetainedClass() {
        Dataset release = released("*", "*", "*", "*", "*", "*", "*");
        assertEquals(List.of(), PrivacyChecker.violations(problem(0, ReferenceModel.k(7)), release));
        assertEquals(1, PrivacyChecker.violations(problem(0, ReferenceModel.k(8)), release).size());
    }

    @Test
    void measuresClosenessAgainstTheWholeInput() {
        // 20-29 holds flu, cold, flu: P = (flu 4/7, cold 2/7, hiv 1/7), Q = (2/3, 1/3, 0), EMD = 1/7.
        Dataset release = released("20-29", "20-29", "20-29", "*", "*", "*", "*");
        assertEquals(List.of(), PrivacyChecker.violations(problem(1, ReferenceModel.equalT("disease", 1.0 / 7)),
                release));
        assertEquals(1, PrivacyChecker.violations(problem(1, ReferenceModel.equalT("disease", 0.14)), release).size());
    }

    @Test
    void reportsADatasetLevelViolation() {
        // Classes 20{0,2}, 25{1}, 30{3,5}, 35{4,6}: average risk 4/7.
        Dataset release = released("20", "25", "20", "30", "35", "30", "35");
        assertEquals(List.of(), PrivacyChecker.violations(problem(0, ReferenceModel.averageRisk(4.0 / 7)), release));
        assertEquals(List.of("the release violates AVERAGE_RISK(0.5)"),
                PrivacyChecker.violations(problem(0, ReferenceModel.averageRisk(0.5)), release));
    }

    @Test
    void reportsAChangedSensitiveValue() {
        Dataset release = Tables.dataset("age;disease", "*;flu", "*;cold", "*;flu", "*;hiv", "*;flu", "*;cold",
                "*;hiv");
        assertEquals(List.of("column disease changed in row 6: 'flu' became 'hiv'"),
                PrivacyChecker.violations(problem(1, ReferenceModel.k(1)), release));
    }

    @Test
    void reportsAnIdentifierLeftInTheRelease() {
        List<String> violations = PrivacyChecker.violations(problem(0, ReferenceModel.k(1)), INPUT);
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("released columns [name, age, disease]"), violations.toString());
    }

    @Test
    void reportsQuasiIdentifiersMixingLevels() {
        Dataset release = released("20-29", "20-29", "20-29", "30-39", "30-39", "30-39", "35");
        assertEquals(List.of("column age is not its input generalized to one level of its hierarchy"),
                PrivacyChecker.violations(problem(0, ReferenceModel.k(1)), release));
    }
}
