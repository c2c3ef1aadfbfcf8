package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.ColumnType;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;

class HierarchySuggestionTest {

    private static HierarchyBuilder suggest(ColumnType type, List<String> values) throws HierarchyException {
        Optional<HierarchyBuilder> suggestion = HierarchySuggestion.suggest(type, values);
        assertTrue(suggestion.isPresent(), "a suggestion for " + values.size() + " values");
        Hierarchy built = suggestion.get().build(values);
        assertTrue(values.stream().allMatch(built::covers), "the suggestion covers every value");
        return suggestion.get();
    }

    private static List<String> range(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(String::valueOf).toList();
    }

    @Test
    void agesGetDecadesFromTheDecadeOfTheYoungestJoinedInPairs() throws HierarchyException {
        HierarchyBuilder ages = suggest(ColumnType.INTEGER, range(17, 95));

        assertEquals(new IntervalBuilder(10, 10, List.of(2, 2), null, null), ages,
                "range 78 → width 10 → 9 intervals from 10, then 5 and 3 groups");
        assertEquals("Intervals of 10 from 10, then ×2, ×2", ages.describe());
    }

    @Test
    void decimalsGetARoundDecimalWidth() throws HierarchyException {
        HierarchyBuilder amounts = suggest(ColumnType.DECIMAL, List.of("0.57", "0.12", "0.3", "0.45"));

        assertEquals(new IntervalBuilder(0.1, 0.05, List.of(2, 2), null, null), amounts,
                "range 0.45 → width 0.05 from 0.1 → 10 intervals");
    }

    @Test
    void integersNeverGetIntervalsNarrowerThanOne() throws HierarchyException {
        assertEquals(new IntervalBuilder(1, 1, List.of(2), null, null), suggest(ColumnType.INTEGER, range(1, 5)));
        assertEquals(new IntervalBuilder(42, 1, List.of(), null, null), suggest(ColumnType.INTEGER, List.of("42")));
    }

    @Test
    void roundWidthsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BigDecimal("0.5"), HierarchySuggestion.roundWidth(new BigDecimal("0.4")));
        assertEquals(new BigDecimal("1E+1"), HierarchySuggestion.roundWidth(new BigDecimal("7.8")));
        assertEquals(new BigDecimal("2E+2"), HierarchySuggestion.roundWidth(new BigDecimal("101")));
        assertEquals(new BigDecimal("1E+2"), HierarchySuggestion.roundWidth(new BigDecimal("100")));
        assertEquals(BigDecimal.ONE, HierarchySuggestion.roundWidth(BigDecimal.ZERO));
    }

    @Test
    void datesGoToMonthYearAndDecadeInTheColumnsPattern() throws HierarchyException {
        HierarchyBuilder dates = suggest(ColumnType.date("dd.MM.yyyy"), List.of("31.12.1999", "01.02.2003"));

        assertEquals(new DateBuilder("dd.MM.yyyy", List.of(DateUnit.MONTH, DateUnit.YEAR, DateUnit.DECADE)), dates);
    }

    @Test
    void manyCodesOfEqualLengthAreMaskedFromTheRight() throws HierarchyException {
        List<String> zips = IntStream.range(0, 25).mapToObj(i -> String.format("%05d", 2100 + i * 37)).toList();

        assertEquals(new MaskingBuilder(true, '0'), suggest(ColumnType.STRING, zips));
    }

    @Test
    void fiveDigitWholeNumbersAreZipLikeCodesAndMaskedWhileShorterOnesGetIntervals() throws HierarchyException {
        List<String> zips = IntStream.range(0, 25).mapToObj(i -> String.valueOf(10001 + i * 37)).toList();
        List<String> ages = IntStream.range(17, 91).mapToObj(String::valueOf).toList();

        assertEquals(new MaskingBuilder(true, '0'), suggest(ColumnType.INTEGER, zips));
        assertTrue(suggest(ColumnType.INTEGER, ages) instanceof IntervalBuilder);
    }

    @Test
    void upToTwentyCategoriesGoStraightToTheTopInSortedOrder() throws HierarchyException {
        List<String> sexes = List.of("male", "female", "diverse");

        assertEquals(new OrderBuilder(List.of("diverse", "female", "male"), List.of()),
                suggest(ColumnType.STRING, sexes));
    }

    @Test
    void manyCategoriesAreGroupedInSortedOrderAboutTenGroupsALevel() throws HierarchyException {
        List<String> names = IntStream.range(0, 25).mapToObj(i -> "name" + (char) ('a' + i) + "x".repeat(i % 3))
                .toList();
        HierarchyBuilder grouped = suggest(ColumnType.STRING, names);

        assertEquals(new OrderBuilder(names.stream().sorted().toList(), List.of(3)), grouped, "25 values → 9 groups");
        assertEquals(List.of(10, 2), HierarchySuggestion.groupSizes(150));
        assertEquals(List.of(10, 10, 10), HierarchySuggestion.groupSizes(10_000));
        assertEquals(List.of(), HierarchySuggestion.groupSizes(10));
    }

    @Test
    void singleCharacterCodesAreGroupedNotMasked() throws HierarchyException {
        List<String> letters = IntStream.range(0, 26).mapToObj(i -> String.valueOf((char) ('a' + i))).toList();

        assertEquals(new OrderBuilder(letters, List.of(3)), suggest(ColumnType.STRING, letters));
    }

    @Test
    void aNumberColumnHoldingTextFallsBackToGrouping() throws HierarchyException {
        List<String> values = new java.util.ArrayList<>(range(1, 5));
        values.add("unknown");

        assertEquals(new OrderBuilder(List.of("1", "2", "3", "4", "5", "unknown"), List.of()),
                suggest(ColumnType.INTEGER, values));
    }

    @Test
    void noValuesGetNoSuggestion() {
        assertEquals(Optional.empty(), HierarchySuggestion.suggest(ColumnType.STRING, List.of()));
    }
}
