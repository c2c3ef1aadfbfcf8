package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;

class DateBuilderTest {

    private static String label(String date, DateUnit unit) {
        return DateBuilder.label(LocalDate.parse(date), unit);
    }

    @Test
    void everyUnitHasItsLabel() {
        assertEquals("2023-W05", label("2023-01-31", DateUnit.WEEK));
        assertEquals("2023-01", label("2023-01-31", DateUnit.MONTH));
        assertEquals("2023-Q1", label("2023-01-31", DateUnit.QUARTER));
        assertEquals("2023-Q4", label("2023-10-01", DateUnit.QUARTER));
        assertEquals("2023", label("2023-01-31", DateUnit.YEAR));
        assertEquals("2020s", label("2023-01-31", DateUnit.DECADE));
        assertEquals("21st century", label("2023-01-31", DateUnit.CENTURY));
    }

    @Test
    void weeksBelongToTheIsoWeekBasedYear() {
        assertEquals("2020-W53", label("2021-01-03", DateUnit.WEEK), "a Sunday still in the last week of 2020");
        assertEquals("2021-W01", label("2021-01-04", DateUnit.WEEK));
        assertEquals("2020-W01", label("2019-12-30", DateUnit.WEEK), "a Monday already in the first week of 2020");
        assertEquals("2025-W01", label("2024-12-30", DateUnit.WEEK));
    }

    @Test
    void centuriesRunFromAYearEndingIn01() {
        assertEquals("20th century", label("2000-12-31", DateUnit.CENTURY));
        assertEquals("21st century", label("2001-01-01", DateUnit.CENTURY));
        assertEquals("20th century", label("1901-01-01", DateUnit.CENTURY));
        assertEquals("19th century", label("1900-06-15", DateUnit.CENTURY));
        assertEquals("12th century", label("1111-11-11", DateUnit.CENTURY));
        assertEquals("2nd century", label("0101-01-01", DateUnit.CENTURY));
        assertEquals("1st century", label("0001-01-01", DateUnit.CENTURY));
        assertEquals("1st century BC", DateBuilder.label(LocalDate.of(0, 6, 1), DateUnit.CENTURY), "year 0 is 1 BC");
        assertEquals("2nd century BC", DateBuilder.label(LocalDate.of(-100, 6, 1), DateUnit.CENTURY), "101 BC");
    }

    @Test
    void ordinalsTakeTheirEnglishSuffixes() {
        List<String> ordinals = List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 113).stream()
                .map(DateBuilder::ordinal).toList();
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                "111th", "112th", "113th"), ordinals);
    }

    @Test
    void datesInTheirOwnPatternGoToMonthYearAndDecadeSortedByDate() throws HierarchyException {
        Hierarchy hierarchy = new DateBuilder("dd.MM.yyyy", List.of(DateUnit.MONTH, DateUnit.YEAR, DateUnit.DECADE))
                .build(List.of("03.01.2021", "15.06.2000", "31.12.1999", "01.01.2000"));

        assertEquals(List.of(
                "31.12.1999;1999-12;1999;1990s;*",
                "01.01.2000;2000-01;2000;2000s;*",
                "15.06.2000;2000-06;2000;2000s;*",
                "03.01.2021;2021-01;2021;2020s;*"), BuiltRows.of(hierarchy));
    }

    @Test
    void dateTimesAreGroupedByTheirDateAndSortedByTheirTime() throws HierarchyException {
        Hierarchy hierarchy = new DateBuilder("yyyy-MM-dd HH:mm", List.of(DateUnit.QUARTER, DateUnit.YEAR))
                .build(List.of("2023-04-01 00:00", "2023-03-31 23:59", "2023-03-31 08:00"));

        assertEquals(List.of(
                "2023-03-31 08:00;2023-Q1;2023;*",
                "2023-03-31 23:59;2023-Q1;2023;*",
                "2023-04-01 00:00;2023-Q2;2023;*"), BuiltRows.of(hierarchy));
    }

    @Test
    void weeksGoStraightToTheTop() throws HierarchyException {
        Hierarchy hierarchy = new DateBuilder("yyyy-MM-dd", List.of(DateUnit.WEEK)).build(List.of("2021-01-03",
                "2021-01-04"));

        assertEquals(List.of("2021-01-03;2020-W53;*", "2021-01-04;2021-W01;*"), BuiltRows.of(hierarchy));
    }

    @Test
    void yearsMayGoToCenturies() throws HierarchyException {
        Hierarchy hierarchy = new DateBuilder("yyyy-MM-dd", List.of(DateUnit.YEAR, DateUnit.CENTURY))
                .build(List.of("2000-05-05", "2001-05-05"));

        assertEquals(List.of("2000-05-05;2000;20th century;*", "2001-05-05;2001;21st century;*"),
                BuiltRows.of(hierarchy));
    }

    @Test
    void valuesThatAreNotDatesInThePatternAreRefusedAndListed() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> new DateBuilder("yyyy-MM-dd",
                List.of(DateUnit.YEAR)).build(List.of("2023-02-30", "2023-01-05", "2023-13-01", "05.01.2023")));

        assertEquals("3 values are not dates written as yyyy-MM-dd: '2023-02-30'; '2023-13-01'; '05.01.2023'",
                e.getMessage());
        assertEquals(List.of("'2023-02-30'", "'2023-13-01'", "'05.01.2023'"), e.problems());
    }

    @Test
    void unitsMustBeChosenAndEachCoarserThanTheOneBefore() {
        assertEquals("Choose at least one unit to generalize the dates to.", assertThrows(
                IllegalArgumentException.class, () -> new DateBuilder("yyyy-MM-dd", List.of())).getMessage());
        assertEquals("The units must go from finer to coarser, each once, not year then month.", assertThrows(
                IllegalArgumentException.class,
                () -> new DateBuilder("yyyy-MM-dd", List.of(DateUnit.YEAR, DateUnit.MONTH))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new DateBuilder("yyyy-MM-dd", List.of(DateUnit.YEAR, DateUnit.YEAR)));
    }

    @Test
    void aWeekMayOnlyBeFollowedByTheTop() {
        for (DateUnit coarser : List.of(DateUnit.MONTH, DateUnit.QUARTER, DateUnit.YEAR, DateUnit.DECADE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new DateBuilder("yyyy-MM-dd", List.of(DateUnit.WEEK, coarser)));
            assertTrue(e.getMessage().startsWith("A week can only be followed by the top level *"), e.getMessage());
        }
    }

    @Test
    void aDecadeCannotBeFollowedByACenturyItStraddles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DateBuilder("yyyy-MM-dd", List.of(DateUnit.YEAR, DateUnit.DECADE, DateUnit.CENTURY)));
        assertTrue(e.getMessage().contains("the 2000s (2000–2009) straddle"), e.getMessage());
    }

    @Test
    void patternsMustBeValidAndGiveWholeDates() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DateBuilder("", List.of(DateUnit.YEAR)))
                .getMessage().contains("such as yyyy-MM-dd"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new DateBuilder("yyyy-bb-dd", List.of(DateUnit.YEAR))).getMessage()
                .startsWith("'yyyy-bb-dd' is not a date pattern"));
        assertEquals("The pattern 'yyyy-MM' does not give whole dates: it needs the year, month and day, e.g."
                + " yyyy-MM-dd or dd.MM.yyyy HH:mm.", assertThrows(IllegalArgumentException.class,
                () -> new DateBuilder("yyyy-MM", List.of(DateUnit.YEAR))).getMessage());
    }

    @Test
    void quotedTextInThePatternIsLeftAsItIs() throws HierarchyException {
        Hierarchy hierarchy = new DateBuilder("'day' dd, MM yyyy", List.of(DateUnit.YEAR)).build(List.of(
                "day 05, 03 2022"));
        assertEquals("2022", hierarchy.generalize("day 05, 03 2022", 1));
    }

    @Test
    void describeListsTheUnits() {
        assertEquals("Dates: month, year, decade", new DateBuilder("yyyy-MM-dd", List.of(DateUnit.MONTH,
                DateUnit.YEAR, DateUnit.DECADE)).describe());
    }
}
