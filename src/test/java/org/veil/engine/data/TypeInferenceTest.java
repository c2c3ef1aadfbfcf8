package org.veil.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypeInferenceTest {

    private static ColumnType infer(String... values) {
        return TypeInference.infer(Dictionary.of(values));
    }

    @Test
    void infersIntegers() {
        assertEquals(ColumnType.INTEGER, infer("0", "-7", "123456789012"));
    }

    @Test
    void keepsCodesWithLeadingZerosAsText() {
        assertEquals(ColumnType.STRING, infer("02138", "10001"));
    }

    @Test
    void infersDecimalsWithPointAndExponent() {
        assertEquals(ColumnType.DECIMAL, infer("1.5", "-0.25", "3", "6.02e23"));
    }

    @Test
    void doesNotTakeLocaleSpecificNumbersAsDecimals() {
        assertEquals(ColumnType.STRING, infer("1,5", "2,25"));
        assertEquals(ColumnType.STRING, infer("1,234.50"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "2024-01-15|2023-12-31|yyyy-MM-dd",
        "2024-01-15 08:30:00|2023-12-31 23:59:59|yyyy-MM-dd HH:mm:ss",
        "2024-01-15T08:30:00|2023-12-31T23:59:59|yyyy-MM-dd'T'HH:mm:ss",
        "1/15/2024|12/31/2023|M/d/yyyy",
        "15/1/2024|31/12/2023|d/M/yyyy",
        "15.01.2024|31.12.2023|d.M.yyyy",
        "15-01-2024|31-12-2023|dd-MM-yyyy"})
    void infersCommonDatePatterns(String a, String b, String pattern) {
        assertEquals(ColumnType.date(pattern), infer(a, b));
    }

    @Test
    void prefersMonthFirstWhenBothReadingsAreValid() {
        assertEquals(ColumnType.date("M/d/yyyy"), infer("01/02/2024", "03/04/2024"));
    }

    @Test
    void rejectsImpossibleDates() {
        assertEquals(ColumnType.STRING, infer("2023-02-29", "2024-01-01"));
        assertFalse(ColumnType.date("yyyy-MM-dd").accepts("2023-02-30"));
        assertTrue(ColumnType.date("yyyy-MM-dd").accepts("2024-02-29"));
    }

    @Test
    void ignoresMissingValuesAndFallsBackToTextForMixedColumns() {
        assertEquals(ColumnType.INTEGER, infer("1", null, "2"));
        assertEquals(ColumnType.STRING, infer("1", "two"));
        assertEquals(ColumnType.STRING, infer((String) null), "a column of only missing values is text");
    }

    @Test
    void parsesValuesIntoComparableObjects() {
        assertEquals(42L, ColumnType.INTEGER.parse("42"));
        assertEquals(new BigDecimal("1.50"), ColumnType.DECIMAL.parse("1.50"));
        assertEquals(LocalDate.of(2024, 1, 15), ColumnType.date("d.M.yyyy").parse("15.1.2024"));
        assertEquals(LocalDateTime.of(2024, 1, 15, 8, 5), ColumnType.date("yyyy-MM-dd HH:mm").parse("2024-01-15 08:05"));
        assertEquals(null, ColumnType.INTEGER.parse("x"));
    }

    @Test
    void requiresAYearInDatePatterns() {
        assertThrows(IllegalArgumentException.class, () -> ColumnType.date("dd.MM"));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.date(" "));
    }

    @Test
    void listsValuesThatDoNotParseUnderAChosenTypeMostFrequentFirst() {
        DatasetBuilder builder = new DatasetBuilder(List.of("age"), 0);
        for (String v : new String[] {"34", "unknown", "51", "n/a", "unknown", null}) {
            builder.addRow(v);
        }
        Column age = builder.build().column(0);
        assertEquals(ColumnType.STRING, age.type());
        assertEquals(List.of(new InvalidValue("unknown", 2), new InvalidValue("n/a", 1)),
                TypeCheck.invalidValues(age, ColumnType.INTEGER));
        assertEquals(List.of(), TypeCheck.invalidValues(age, ColumnType.STRING));
    }
}
