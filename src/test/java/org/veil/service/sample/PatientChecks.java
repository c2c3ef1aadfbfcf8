package org.veil.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.veil.engine.data.Dataset;

/** Assertions on the rows of a synthetic health dataset. */
final class PatientChecks {

    private static final Pattern SSN = Pattern.compile("9\\d\\d-(0[1-9]|[1-9]\\d)-(?!0000)\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[a-z]+\\.[a-z]+\\d{0,2}@example\\.(org|com|net)");
    private static final Pattern PHONE = Pattern.compile("\\(\\d{3}\\) 555-01\\d\\d");
    private static final Pattern ZIP = Pattern.compile("\\d{5}");
    private static final Pattern MONEY = Pattern.compile("\\d+\\.\\d\\d");
    private static final Set<String> MALE_ONLY = Set.of("C61", "N40");
    private static final Set<String> FEMALE_ONLY = Set.of("O", "C50", "D25");

    private PatientChecks() {
    }

    static void assertIdentifiersCannotBeReal(Dataset data) {
        for (int row = 0; row < data.rowCount(); row++) {
            assertMatches(SSN, value(data, row, "ssn"));
            assertMatches(EMAIL, value(data, row, "email"));
            assertMatches(PHONE, value(data, row, "phone"));
            assertMatches(ZIP, value(data, row, "zip"));
        }
    }

    static void assertDatesAreConsistent(Dataset data) {
        for (int row = 0; row < data.rowCount(); row++) {
            LocalDate birth = LocalDate.parse(value(data, row, "birth_date"));
            LocalDate admission = LocalDate.parse(value(data, row, "admission_date"));
            assertTrue(admission.getYear() == 2023 || admission.getYear() == 2024, "admission " + admission);
            assertTrue(!admission.isBefore(birth), "admitted " + admission + " before birth " + birth);
            int age = age(data, row);
            assertTrue(age >= 0 && age <= 99, "age " + age);
        }
    }

    static void assertDiagnosesFitSexAndAge(Dataset data) {
        for (int row = 0; row < data.rowCount(); row++) {
            String code = value(data, row, "diagnosis");
            String sex = value(data, row, "sex");
            assertTrue(Set.of("female", "male").contains(sex), sex);
            Set<String> forbidden = sex.equals("female") ? MALE_ONLY : FEMALE_ONLY;
            assertTrue(forbidden.stream().noneMatch(code::startsWith), code + " for a " + sex + " patient");
            if (code.startsWith("Z38") || code.startsWith("P")) {
                assertEquals(0, age(data, row), code + " is for newborns");
            }
        }
    }

    static void assertStayAndCostArePositive(Dataset data) {
        for (int row = 0; row < data.rowCount(); row++) {
            assertTrue(Integer.parseInt(value(data, row, "length_of_stay")) >= 1);
            String cost = value(data, row, "cost");
            assertMatches(MONEY, cost);
            assertTrue(new BigDecimal(cost).signum() > 0, cost);
        }
    }

    private static void assertMatches(Pattern pattern, String value) {
        assertTrue(pattern.matcher(value).matches(), value + " does not match " + pattern);
    }

    static int age(Dataset data, int row) {
        return Period.between(LocalDate.parse(value(data, row, "birth_date")),
                LocalDate.parse(value(data, row, "admission_date"))).getYears();
    }

    static String value(Dataset data, int row, String column) {
        return data.value(row, data.indexOf(column));
    }

    static Set<String> distinct(Dataset data, String column) {
        Set<String> values = new HashSet<>(Arrays.asList(data.column(column).dictionary().values()));
        values.remove(null);
        return values;
    }
}
