package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

class IntervalBuilderTest {

    @Test
    void agesFallIntoDecadesJoinedInPairsWithNinetyAndOverTopCoded() throws HierarchyException {
        IntervalBuilder builder = new IntervalBuilder(0, 10, List.of(2), null, 90.0);

        Hierarchy ages = builder.build(List.of("95", "40", "17", "89", "25", "90", "39", "17"));

        assertEquals(List.of(
                "17;[10, 20);[0, 20);*",
                "25;[20, 30);[20, 40);*",
                "39;[30, 40);[20, 40);*",
                "40;[40, 50);[40, 60);*",
                "89;[80, 90);[80, 100);*",
                "90;≥90;≥90;*",
                "95;≥90;≥90;*"), BuiltRows.of(ages),
                "sorted numerically, duplicates once, ≥90 on every level but the top");
    }

    @Test
    void everyAgeFrom17To95IsCoveredAtHeightThree() throws HierarchyException {
        List<String> ages = IntStream.rangeClosed(17, 95).mapToObj(String::valueOf).toList();

        Hierarchy hierarchy = new IntervalBuilder(0, 10, List.of(2), null, 90.0).build(ages);

        assertEquals(79, hierarchy.size());
        assertEquals(3, hierarchy.height(), "intervals, pairs of intervals, *");
        assertEquals("[10, 20)", hierarchy.generalize("17", 1));
        assertEquals("[0, 20)", hierarchy.generalize("17", 2));
        assertEquals("[60, 80)", hierarchy.generalize("79", 2));
        assertEquals("≥90", hierarchy.generalize("90", 2));
        assertEquals("*", hierarchy.generalize("95", 3));
    }

    @Test
    void valuesBelowTheBottomAreBottomCodedOnEveryLevelButTheTop() throws HierarchyException {
        Hierarchy hierarchy = new IntervalBuilder(0, 10, List.of(5), 18.0, null).build(List.of("5", "17", "18", "30"));

        assertEquals(List.of(
                "5;<18;<18;*",
                "17;<18;<18;*",
                "18;[10, 20);[0, 50);*",
                "30;[30, 40);[0, 50);*"), BuiltRows.of(hierarchy));
    }

    @Test
    void decimalWidthsPrintTheirShortestExactFormAndNegativeValuesFloor() throws HierarchyException {
        Hierarchy hierarchy = new IntervalBuilder(0, 2.5, List.of(2), null, null)
                .build(List.of("2.5", "-0.1", "7.49", "0", "2.4"));

        assertEquals(List.of(
                "-0.1;[-2.5, 0);[-5, 0);*",
                "0;[0, 2.5);[0, 5);*",
                "2.4;[0, 2.5);[0, 5);*",
                "2.5;[2.5, 5);[0, 5);*",
                "7.49;[5, 7.5);[5, 10);*"), BuiltRows.of(hierarchy));
    }

    @Test
    void decimalBoundsAreExactNotBinary() throws HierarchyException {
        Hierarchy hierarchy = new IntervalBuilder(0, 0.1, List.of(), null, null).build(List.of("0.3", "0.29", "0.7"));

        assertEquals("[0.3, 0.4)", hierarchy.generalize("0.3", 1), "0.3 / 0.1 is 3 in decimal, 2.999… in binary");
        assertEquals("[0.2, 0.3)", hierarchy.generalize("0.29", 1));
        assertEquals("[0.7, 0.8)", hierarchy.generalize("0.7", 1));
        assertEquals(2, hierarchy.height());
    }

    @Test
    void intervalsAreAlignedToTheOriginInBothDirections() throws HierarchyException {
        Hierarchy hierarchy = new IntervalBuilder(5, 10, List.of(3), null, null).build(List.of("4", "5", "34", "35"));

        assertEquals(List.of(
                "4;[-5, 5);[-25, 5);*",
                "5;[5, 15);[5, 35);*",
                "34;[25, 35);[5, 35);*",
                "35;[35, 45);[35, 65);*"), BuiltRows.of(hierarchy));
    }

    @Test
    void valuesAreReadTrimmedWithSignsAndExponentsButKeptAsGiven() throws HierarchyException {
        Hierarchy hierarchy = new IntervalBuilder(0, 10, List.of(), null, null).build(List.of(" 7 ", "+3", "2.5e1"));

        assertEquals(List.of("+3;[0, 10);*", " 7 ;[0, 10);*", "2.5e1;[20, 30);*"), BuiltRows.of(hierarchy));
    }

    @Test
    void valuesThatAreNotNumbersAreRefusedAndListed() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> new IntervalBuilder(0, 10, List.of(), null,
                null).build(List.of("12", "abc", "1,5", "", "NaN", "1e400")));

        assertEquals("5 values are not numbers", e.getMessage().substring(0, e.getMessage().indexOf(':')));
        assertEquals(List.of("'abc'", "'1,5'", "''", "'NaN'", "'1e400'"), e.problems());
    }

    @Test
    void aLongListOfBadValuesNamesTwentyAndCountsTheRest() {
        List<String> values = new ArrayList<>(List.of("1"));
        IntStream.range(0, 25).mapToObj(i -> "x" + i).forEach(values::add);

        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new IntervalBuilder(0, 10, List.of(), null, null).build(values));

        assertTrue(e.getMessage().startsWith("25 values are not numbers: 'x0'; 'x1'"), e.getMessage());
        assertEquals(21, e.problems().size());
        assertEquals("'x19'", e.problems().get(19));
        assertEquals("and 5 more", e.problems().get(20));
    }

    @Test
    void oneBadValueIsNamedInTheSingular() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new IntervalBuilder(0, 10, List.of(), null, null).build(List.of("1", "one")));
        assertEquals("1 value is not a number: 'one'", e.getMessage());
    }

    @Test
    void noValuesAreRefused() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new IntervalBuilder(0, 10, List.of(), null, null).build(List.of()));
        assertEquals("there are no values to build a hierarchy of", e.getMessage());
    }

    @Test
    void invalidParametersAreRefusedWithAMessageNamingThem() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new IntervalBuilder(0, 0, List.of(), null, null)).getMessage().contains("width"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new IntervalBuilder(0, -5, List.of(), null, null)).getMessage().contains("above 0, not -5"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new IntervalBuilder(0, Double.NaN, List.of(), null, null)).getMessage().contains("width"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new IntervalBuilder(Double.POSITIVE_INFINITY, 1, List.of(), null, null)).getMessage()
                .contains("start"));
        assertEquals("Each level above the intervals must join at least 2 of the level below, not 1.",
                assertThrows(IllegalArgumentException.class,
                        () -> new IntervalBuilder(0, 10, List.of(2, 1), null, null)).getMessage());
        assertEquals("The bottom code (90) must be below the top code (18).", assertThrows(
                IllegalArgumentException.class, () -> new IntervalBuilder(0, 10, List.of(), 90.0, 18.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IntervalBuilder(0, 10, List.of(), 18.0, 18.0));
    }

    @Test
    void describeNamesWidthStartJoinsAndCoding() {
        assertEquals("Intervals of 10 from 0, then ×2", new IntervalBuilder(0, 10, List.of(2), null, null).describe());
        assertEquals("Intervals of 2.5 from -1", new IntervalBuilder(-1, 2.5, List.of(), null, null).describe());
        assertEquals("Intervals of 10 from 0, then ×2, ×5; bottom-coded <18; top-coded ≥90",
                new IntervalBuilder(0, 10, List.of(2, 5), 18.0, 90.0).describe());
    }
}
