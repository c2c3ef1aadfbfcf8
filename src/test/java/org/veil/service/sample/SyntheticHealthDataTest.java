package org.veil.service.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.engine.data.Dataset;

class SyntheticHealthDataTest {

    private static Dataset sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void generateTheBundledSample() {
        sample = SyntheticHealthData.generate(SyntheticHealthData.DEFAULT_ROWS, SyntheticHealthData.DEFAULT_SEED);
    }

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        SampleDataWriter.write(dir.resolve("first"), 500, 7);
        SampleDataWriter.write(dir.resolve("second"), 500, 7);

        SampleFolders.assertSameCsvFiles(dir.resolve("first"), dir.resolve("second"));
    }

    @Test
    void differentSeedsGiveDifferentPatients() throws IOException {
        SampleDataWriter.write(dir.resolve("seven"), 500, 7);
        SampleDataWriter.write(dir.resolve("eight"), 500, 8);

        assertNotEquals(-1L, Files.mismatch(dir.resolve("seven/patients.csv"), dir.resolve("eight/patients.csv")));
    }

    @Test
    void hasTheRequestedRowsAndColumnsInOrder() {
        assertEquals(20_000, sample.rowCount());
        assertEquals(List.of("name", "ssn", "email", "phone", "zip", "birth_date", "sex", "ethnicity",
                "admission_date", "diagnosis", "length_of_stay", "cost"), sample.columnNames());
        assertEquals(42, SyntheticHealthData.generate(42, 1).rowCount());
    }

    @Test
    void refusesAnEmptySample() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticHealthData.generate(0, 1));
    }

    @Test
    void identifiersComeFromRangesNoRealPersonHas() {
        PatientChecks.assertIdentifiersCannotBeReal(sample);
        Set<String> ssns = PatientChecks.distinct(sample, "ssn");
        assertEquals(sample.rowCount(), ssns.size(), "every patient has an SSN of their own");
    }

    @Test
    void admissionFallsIn2023Or2024AndNotBeforeBirthAtAges0To99() {
        PatientChecks.assertDatesAreConsistent(sample);
        Map<Boolean, Integer> oldVersusChildren = new HashMap<>();
        for (int row = 0; row < sample.rowCount(); row++) {
            int age = PatientChecks.age(sample, row);
            if (age >= 65 || age < 18) {
                oldVersusChildren.merge(age >= 65, 1, Integer::sum);
            }
        }
        assertTrue(oldVersusChildren.get(true) > 2 * oldVersusChildren.get(false), "stays skew to old age");
    }

    @Test
    void diagnosesFitSexAndAge() {
        PatientChecks.assertDiagnosesFitSexAndAge(sample);
    }

    @Test
    void costGrowsWithLengthOfStay() {
        PatientChecks.assertStayAndCostArePositive(sample);
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int row = 0; row < sample.rowCount(); row++) {
            int stay = Integer.parseInt(PatientChecks.value(sample, row, "length_of_stay"));
            if (stay == 1 || stay >= 7) {
                int group = stay == 1 ? 0 : 1;
                sum[group] += Double.parseDouble(PatientChecks.value(sample, row, "cost"));
                count[group]++;
            }
        }
        assertTrue(sum[1] / count[1] > 3 * (sum[0] / count[0]), "a week costs far more than a day");
    }

    @Test
    void zipCodesClusterInAFewPrefixesAndSomeAreRare() {
        Map<String, Integer> rowsByZip = new HashMap<>();
        Set<String> prefixes = new HashSet<>();
        for (int row = 0; row < sample.rowCount(); row++) {
            String zip = PatientChecks.value(sample, row, "zip");
            rowsByZip.merge(zip, 1, Integer::sum);
            prefixes.add(zip.substring(0, 3));
        }
        assertTrue(prefixes.size() >= 3 && prefixes.size() <= 10, "prefixes: " + prefixes);
        assertTrue(rowsByZip.size() >= 100 && rowsByZip.size() <= 500, rowsByZip.size() + " codes");
        assertTrue(rowsByZip.containsValue(1) || rowsByZip.containsValue(2), "some codes are rare");
    }

    @Test
    void everyHierarchyListsExactlyTheValuesOfItsColumnWithOneParentPerLevel() {
        Map<String, List<String[]>> hierarchies = HealthHierarchies.build(sample);

        assertEquals(List.of("zip", "birth_date", "sex", "ethnicity", "diagnosis"),
                List.copyOf(hierarchies.keySet()));
        hierarchies.forEach((column, rows) -> {
            HierarchyChecks.assertValidHierarchy(column, rows, PatientChecks.distinct(sample, column));
            assertEquals(PatientChecks.distinct(sample, column).size(), rows.size(),
                    column + " has one row per value");
        });
    }

    @Test
    void hierarchiesGeneralizeStepByStepToTheStar() {
        Map<String, List<String[]>> hierarchies = HealthHierarchies.build(sample);

        String zip = hierarchies.get("zip").get(0)[0];
        assertArrayEquals(new String[] {zip, zip.substring(0, 4) + "*", zip.substring(0, 3) + "**",
            zip.substring(0, 2) + "***", zip.charAt(0) + "****", "*"}, hierarchies.get("zip").get(0));
        List<String[]> born1987 = hierarchies.get("birth_date").stream().filter(row -> row[0].startsWith("1987-"))
                .toList();
        assertTrue(!born1987.isEmpty());
        for (String[] row : born1987) {
            String month = row[0].substring(0, 7);
            assertArrayEquals(new String[] {row[0], month, "1987", "1985-1989", "1980-1989", "*"}, row);
        }
        assertEquals(List.of("female;*", "male;*"), joined(hierarchies.get("sex")));
        assertTrue(joined(hierarchies.get("ethnicity"))
                .contains("Native Hawaiian or Pacific Islander;Asian or Pacific Islander;*"));
        List<String> diagnoses = joined(hierarchies.get("diagnosis"));
        assertTrue(diagnoses.contains("E11.9;E11;E00-E89 Endocrine, nutritional and metabolic diseases;*"));
        assertTrue(diagnoses.contains("I10;I10;I00-I99 Diseases of the circulatory system;*"));
        assertTrue(diagnoses.contains("O80;O80;O00-O9A Pregnancy, childbirth and the puerperium;*"));
    }

    @Test
    void zipAndBirthDateHierarchiesAreInAscendingOrder() {
        Map<String, List<String[]>> hierarchies = HealthHierarchies.build(sample);
        for (String column : List.of("zip", "birth_date")) {
            List<String[]> rows = hierarchies.get(column);
            for (int i = 1; i < rows.size(); i++) {
                assertTrue(rows.get(i - 1)[0].compareTo(rows.get(i)[0]) < 0, column + " row " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, -5, 123_456_789, Long.MIN_VALUE, Long.MAX_VALUE})
    void anySeedGivesPlausibleRowsCoveredByTheHierarchies(long seed) {
        Dataset data = SyntheticHealthData.generate(2_000, seed);

        PatientChecks.assertIdentifiersCannotBeReal(data);
        PatientChecks.assertDatesAreConsistent(data);
        PatientChecks.assertDiagnosesFitSexAndAge(data);
        PatientChecks.assertStayAndCostArePositive(data);
        HealthHierarchies.build(data).forEach((column, rows) ->
                HierarchyChecks.assertValidHierarchy(column, rows, PatientChecks.distinct(data, column)));
    }

    private static List<String> joined(List<String[]> rows) {
        return rows.stream().map(row -> String.join(";", row)).toList();
    }
}
