package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.veil.engine.data.ColumnType;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;

/**
 * Whatever the values and parameters, every builder makes a valid tree ({@link Hierarchy#of} accepts
 * it) that covers every value, has the documented height and well-formed labels; a suggestion always
 * builds; hand edits keep the tree valid and leave the edited hierarchy unchanged.
 */
class HierarchyBuildersProperties {

    private static final Pattern INTERVAL = Pattern.compile("\\[(\\S+), (\\S+)\\)");

    // ---------------------------------------------------------------- intervals

    @Property(tries = 300)
    void intervalsCoverEveryNumberWithNestedAlignedIntervals(@ForAll("numbers") List<String> values,
            @ForAll("intervalBuilders") IntervalBuilder builder) throws HierarchyException {
        Hierarchy hierarchy = builder.build(values);

        assertEquals(builder.fanouts().size() + 2, hierarchy.height());
        assertEquals(Set.copyOf(values), Set.copyOf(hierarchy.values()));
        BigDecimal origin = BigDecimal.valueOf(builder.origin());
        BigDecimal width = BigDecimal.valueOf(builder.width());
        for (String value : values) {
            BigDecimal number = new BigDecimal(value.trim());
            assertEquals(HierarchyBuilder.TOP, hierarchy.generalize(value, hierarchy.height()));
            for (int level = 1; level < hierarchy.height(); level++) {
                String label = hierarchy.generalize(value, level);
                if (builder.bottom() != null && number.compareTo(BigDecimal.valueOf(builder.bottom())) < 0) {
                    assertEquals("<" + Numbers.text(builder.bottom()), label);
                } else if (builder.top() != null && number.compareTo(BigDecimal.valueOf(builder.top())) >= 0) {
                    assertEquals("≥" + Numbers.text(builder.top()), label);
                } else {
                    Matcher interval = INTERVAL.matcher(label);
                    assertTrue(interval.matches(), label);
                    BigDecimal from = new BigDecimal(interval.group(1));
                    BigDecimal to = new BigDecimal(interval.group(2));
                    assertTrue(from.compareTo(number) <= 0 && number.compareTo(to) < 0, value + " in " + label);
                    BigDecimal levelWidth = width;
                    for (int j = 0; j < level - 1; j++) {
                        levelWidth = levelWidth.multiply(BigDecimal.valueOf(builder.fanouts().get(j)));
                    }
                    assertEquals(0, to.subtract(from).compareTo(levelWidth), label + " is " + levelWidth + " wide");
                    assertEquals(0, from.subtract(origin).remainder(levelWidth).signum(), label + " is aligned");
                    assertFalse(interval.group(1).matches(".*\\.\\d*0") || interval.group(1).endsWith("."),
                            "no trailing zeros: " + label);
                }
            }
        }
    }

    @Property(tries = 100)
    void intervalsRefuseTextListingAtMostTwentyOfIt(@ForAll("numbers") List<String> numbers,
            @ForAll @IntRange(min = 1, max = 40) int wordCount) {
        List<String> values = new ArrayList<>(numbers);
        for (int i = 0; i < wordCount; i++) {
            values.add("word" + i);
        }
        try {
            new IntervalBuilder(0, 10, List.of(2), null, null).build(values);
            throw new AssertionError("text was accepted as numbers");
        } catch (HierarchyException e) {
            assertTrue(e.getMessage().startsWith(wordCount + " value"), e.getMessage());
            assertEquals(Math.min(wordCount, 20) + (wordCount > 20 ? 1 : 0), e.problems().size());
            assertEquals("'word0'", e.problems().get(0));
        }
    }

    @Provide
    Arbitrary<List<String>> numbers() {
        Arbitrary<String> integers = Arbitraries.integers().between(-2000, 2000).map(String::valueOf);
        Arbitrary<String> decimals = Arbitraries.bigDecimals().between(new BigDecimal("-500"), new BigDecimal("500"))
                .ofScale(3).map(BigDecimal::toPlainString);
        return Arbitraries.oneOf(integers, decimals).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<IntervalBuilder> intervalBuilders() {
        Arbitrary<Double> origins = Arbitraries.of(0.0, 5.0, -3.0, 0.5, 17.25, -100.0);
        Arbitrary<Double> widths = Arbitraries.of(0.1, 0.25, 1.0, 2.5, 3.0, 7.0, 10.0, 100.0);
        Arbitrary<List<Integer>> fanouts = Arbitraries.integers().between(2, 5).list().ofMaxSize(3);
        Arbitrary<Double> bottoms = Arbitraries.of(-200.0, 0.0, 18.0, 18.5).injectNull(0.5);
        Arbitrary<Double> tops = Arbitraries.of(90.0, 250.0, 1000.0).injectNull(0.5);
        return Combinators.combine(origins, widths, fanouts, bottoms, tops).as(IntervalBuilder::new);
    }

    // ---------------------------------------------------------------- order

    @Property(tries = 300)
    void orderGroupsAreRunsOfTheOrderNoLongerThanTheirSize(@ForAll("orders") List<String> order,
            @ForAll("groupSizes") List<Integer> sizes, @ForAll long seed) throws HierarchyException {
        List<String> values = order.stream().filter(v -> Math.floorMod(v.hashCode() + seed, 3) != 0).toList();
        if (values.isEmpty()) {
            values = List.of(order.get(0));
        }
        Hierarchy hierarchy = new OrderBuilder(order, sizes).build(values);

        assertEquals(sizes.size() + 1, hierarchy.height());
        assertEquals(Set.copyOf(values), Set.copyOf(hierarchy.values()));
        long span = 1;
        for (int level = 1; level < hierarchy.height(); level++) {
            span *= sizes.get(level - 1);
            for (String value : values) {
                String[] ends = hierarchy.generalize(value, level).split(OrderBuilder.DASH);
                int first = order.indexOf(ends[0]);
                int last = order.indexOf(ends[ends.length - 1]);
                int position = order.indexOf(value);
                assertTrue(first >= 0 && first <= position && position <= last,
                        value + " in " + String.join("–", ends));
                assertTrue(last - first + 1 <= span && first % span == 0, "group of at most " + span + " aligned");
                assertEquals(ends.length == 1, first == last, "one value is not written as a range");
            }
        }
        List<String> rowOrder = hierarchy.values();
        for (int i = 1; i < rowOrder.size(); i++) {
            assertTrue(order.indexOf(rowOrder.get(i - 1)) < order.indexOf(rowOrder.get(i)), "rows in the user's order");
        }
    }

    @Provide
    Arbitrary<List<String>> orders() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6).list().uniqueElements()
                .ofMinSize(1).ofMaxSize(40).flatMap(list -> Arbitraries.shuffle(list));
    }

    @Provide
    Arbitrary<List<Integer>> groupSizes() {
        return Arbitraries.integers().between(2, 6).list().ofMaxSize(3);
    }

    // ---------------------------------------------------------------- masking

    @Property(tries = 300)
    void maskingHidesOneMoreCharacterALevelOfThePaddedValue(@ForAll("codes") List<String> values,
            @ForAll boolean fromRight, @ForAll("paddings") char padding) throws HierarchyException {
        Hierarchy hierarchy = new MaskingBuilder(fromRight, padding).build(values);

        int length = values.stream().mapToInt(String::length).max().orElseThrow();
        assertEquals(Math.max(length, 1), hierarchy.height());
        assertEquals(Set.copyOf(values), Set.copyOf(hierarchy.values()));
        for (String value : values) {
            String padding1 = String.valueOf(padding).repeat(length - value.length());
            String padded = fromRight ? padding1 + value : value + padding1;
            for (int level = 1; level < hierarchy.height(); level++) {
                String mask = "*".repeat(level);
                String expected = fromRight ? padded.substring(0, length - level) + mask
                        : mask + padded.substring(level);
                assertEquals(expected, hierarchy.generalize(value, level));
            }
            assertEquals("*", hierarchy.generalize(value, hierarchy.height()));
        }
    }

    @Provide
    Arbitrary<List<String>> codes() {
        return Arbitraries.strings().alpha().numeric().ofMaxLength(7).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Character> paddings() {
        return Arbitraries.of('0', ' ', 'x', '_');
    }

    // ---------------------------------------------------------------- dates

    @Property(tries = 300)
    void datesGeneralizeToWellFormedLabelsOfTheirOwnUnits(@ForAll("dates") List<LocalDate> dates,
            @ForAll("dateUnits") List<DateUnit> units, @ForAll("datePatterns") String pattern)
            throws HierarchyException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.US);
        List<String> values = dates.stream().map(format::format).toList();
        Hierarchy hierarchy = new DateBuilder(pattern, units).build(values);

        assertEquals(units.size() + 1, hierarchy.height());
        assertEquals(Set.copyOf(values), Set.copyOf(hierarchy.values()));
        for (LocalDate date : dates) {
            String value = format.format(date);
            String year = String.format("%04d", date.getYear());
            for (int level = 1; level <= units.size(); level++) {
                String label = hierarchy.generalize(value, level);
                String expected = switch (units.get(level - 1)) {
                    case WEEK -> "\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])";
                    case MONTH -> year + String.format("-%02d", date.getMonthValue());
                    case QUARTER -> year + "-Q" + ((date.getMonthValue() + 2) / 3);
                    case YEAR -> year;
                    case DECADE -> date.getYear() / 10 * 10 + "s";
                    case CENTURY -> "\\d+(st|nd|rd|th) century";
                };
                assertTrue(label.matches(expected), label + " for " + date + " does not match " + expected);
            }
        }
        List<String> rowOrder = hierarchy.values();
        for (int i = 1; i < rowOrder.size(); i++) {
            assertTrue(LocalDate.parse(rowOrder.get(i - 1), format).isBefore(LocalDate.parse(rowOrder.get(i), format)),
                    "rows in date order");
        }
    }

    @Provide
    Arbitrary<List<LocalDate>> dates() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay).list().ofMinSize(1).ofMaxSize(40);
    }

    /** Non-empty ascending subsets of the units that nest: week alone, no decade then century. */
    @Provide
    Arbitrary<List<DateUnit>> dateUnits() {
        return Arbitraries.subsetOf(DateUnit.values()).filter(units -> !units.isEmpty())
                .map(units -> units.stream().sorted().toList())
                .filter(units -> !units.contains(DateUnit.WEEK) || units.size() == 1)
                .filter(units -> !(units.contains(DateUnit.DECADE) && units.contains(DateUnit.CENTURY)));
    }

    @Provide
    Arbitrary<String> datePatterns() {
        return Arbitraries.of("yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy", "yyyyMMdd");
    }

    // ---------------------------------------------------------------- suggestion

    @Property(tries = 400)
    void theSuggestionAlwaysBuildsAndCoversEveryValue(@ForAll("columns") Column column) throws HierarchyException {
        Optional<HierarchyBuilder> suggestion = HierarchySuggestion.suggest(column.type(), column.values());

        assertTrue(suggestion.isPresent());
        Hierarchy hierarchy = suggestion.get().build(column.values());
        assertTrue(column.values().stream().allMatch(hierarchy::covers));
        assertTrue(hierarchy.height() >= 1);
        assertFalse(suggestion.get().describe().isBlank());
    }

    /** A column type and values, mostly valid under it, sometimes with stray text. */
    record Column(ColumnType type, List<String> values) {
    }

    @Provide
    Arbitrary<Column> columns() {
        Arbitrary<String> integers = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                .map(String::valueOf);
        Arbitrary<String> smallIntegers = Arbitraries.integers().between(-5, 5).map(String::valueOf);
        Arbitrary<String> decimals = Arbitraries.bigDecimals().between(new BigDecimal("-1E6"), new BigDecimal("1E6"))
                .ofScale(4).map(d -> d.stripTrailingZeros().toPlainString());
        Arbitrary<String> tinyDecimals = Arbitraries.of("1e-999", "2e-999", "1E-320", "5E-324", "0.000001",
                "9e307", "-9e307");
        Arbitrary<String> dates = Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(),
                LocalDate.of(9999, 12, 31).toEpochDay()).map(day -> LocalDate.ofEpochDay(day).toString());
        Arbitrary<String> zips = Arbitraries.strings().numeric().ofLength(5);
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(8);
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 300);
        return Arbitraries.oneOf(
                column(ColumnType.INTEGER, Arbitraries.oneOf(integers, smallIntegers), sizes),
                column(ColumnType.DECIMAL, Arbitraries.frequencyOf(Tuple.of(10, decimals), Tuple.of(1, tinyDecimals)),
                        sizes),
                column(ColumnType.date("yyyy-MM-dd"), dates, sizes),
                column(ColumnType.STRING, zips, sizes),
                column(ColumnType.STRING, words, sizes),
                column(ColumnType.STRING, text, sizes),
                column(ColumnType.INTEGER, Arbitraries.oneOf(integers, text), sizes),
                column(ColumnType.date("dd.MM.yyyy"), Arbitraries.oneOf(dates, text), sizes));
    }

    private static Arbitrary<Column> column(ColumnType type, Arbitrary<String> values, Arbitrary<Integer> sizes) {
        return sizes.flatMap(size -> values.list().ofMinSize(1).ofMaxSize(size)).map(list -> new Column(type, list));
    }

    // ---------------------------------------------------------------- edits

    @Property(tries = 300)
    void editsKeepATreeOverTheSameValuesAndLeaveTheOriginalAsItWas(@ForAll("hierarchies") Hierarchy original,
            @ForAll("edits") List<Long> choices) {
        List<String> before = BuiltRows.of(original);
        Hierarchy current = original;
        for (long choice : choices) {
            Hierarchy previous = current;
            List<String> previousRows = BuiltRows.of(previous);
            Hierarchy edited = edit(previous, choice);
            assertEquals(previousRows, BuiltRows.of(previous), "an edit never changes the hierarchy it edits");
            assertEquals(previous.values(), edited.values(), "the values stay, in their order");
            current = edited;
        }
        assertEquals(before, BuiltRows.of(original));
    }

    /** One random edit picked from the choice; a refused edit returns the hierarchy unchanged. */
    private static Hierarchy edit(Hierarchy hierarchy, long choice) {
        List<String[]> rows = hierarchy.rows();
        int operation = (int) Math.floorMod(choice, 4L);
        int height = hierarchy.height();
        int level = (int) Math.floorMod(choice / 4, height + 1L);
        String[] row = rows.get((int) Math.floorMod(choice / 64, (long) rows.size()));
        String[] otherRow = rows.get((int) Math.floorMod(choice / 8192, (long) rows.size()));
        try {
            switch (operation) {
                case 0 -> {
                    String newLabel = Math.floorMod(choice / 1_000_000, 2L) == 0 ? otherRow[level] : row[level] + "'";
                    Hierarchy renamed = HierarchyEdits.renameGroup(hierarchy, level, row[level], newLabel);
                    assertEquals(newLabel, renamed.generalize(row[0], level));
                    return renamed;
                }
                case 1 -> {
                    String target = level < height ? otherRow[level + 1] : HierarchyBuilder.TOP;
                    Hierarchy moved = HierarchyEdits.move(hierarchy, level, row[level], target);
                    for (int above = level + 1; above <= height; above++) {
                        assertEquals(otherRow[above], moved.generalize(row[0], above), "takes the target's ancestors");
                    }
                    return moved;
                }
                case 2 -> {
                    if (level >= height) {
                        return hierarchy;
                    }
                    Hierarchy added = HierarchyEdits.addLevelAbove(hierarchy, level);
                    assertEquals(height + 1, added.height());
                    assertEquals(row[level], added.generalize(row[0], level + 1));
                    return added;
                }
                default -> {
                    Hierarchy removed = HierarchyEdits.removeLevel(hierarchy, level);
                    assertEquals(height - 1, removed.height());
                    return removed;
                }
            }
        } catch (HierarchyException e) {
            assertTrue(refusable(operation, level, height, e), e.getMessage());
            return hierarchy;
        }
    }

    /**
     * Refusals are only for levels out of range, merges across parents and blank labels (a level added
     * above the values copies an empty value).
     */
    private static boolean refusable(int operation, int level, int height, HierarchyException e) {
        return switch (operation) {
            case 0 -> level == 0 || e.getMessage().contains("different parents") || e.getMessage().endsWith("is blank");
            case 1 -> level >= height - 1;
            default -> level == 0 || level == height;
        };
    }

    @Provide
    Arbitrary<List<Long>> edits() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Hierarchy> hierarchies() {
        Arbitrary<Hierarchy> intervals = Combinators.combine(numbers(), intervalBuilders())
                .as((values, builder) -> build(builder, values));
        Arbitrary<Hierarchy> orders = Combinators.combine(orders(), groupSizes())
                .as((order, sizes) -> build(new OrderBuilder(order, sizes), order));
        Arbitrary<Hierarchy> masked = codes().map(values -> build(new MaskingBuilder(true, '0'), values));
        return Arbitraries.oneOf(intervals, orders, masked);
    }

    private static Hierarchy build(HierarchyBuilder builder, List<String> values) {
        try {
            return builder.build(values);
        } catch (HierarchyException e) {
            throw new AssertionError(builder.describe() + " failed on " + values, e);
        }
    }
}
