package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;
import org.veil.engine.hierarchy.build.HierarchyBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;
import org.veil.engine.hierarchy.build.MaskingBuilder;
import org.veil.engine.hierarchy.build.OrderBuilder;
import org.veil.project.ProjectFormatException;

class BuilderEntriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The entry as it comes back from project.json: written as JSON text, read as plain values. */
    private static Map<String, Object> throughJson(Map<String, Object> entry) throws Exception {
        return JSON.readValue(JSON.writeValueAsString(entry), new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    private static HierarchyBuilder roundTrip(HierarchyBuilder builder) throws Exception {
        return BuilderEntries.builder("column", throughJson(BuilderEntries.of(builder)));
    }

    @Test
    void intervalsSurviveWithOrWithoutBottomAndTopCoding() throws Exception {
        IntervalBuilder ages = new IntervalBuilder(0, 10, List.of(2, 5), null, 90.0);
        IntervalBuilder costs = new IntervalBuilder(-2.5, 0.25, List.of(), 100.0, 20_000.0);
        assertEquals(ages, roundTrip(ages));
        assertEquals(costs, roundTrip(costs));
    }

    @Test
    void orderSurvivesWithItsValuesInTheUsersOrder() throws Exception {
        OrderBuilder education = new OrderBuilder(List.of("Preschool", "HS-grad", "Bachelors", "Masters", "Doctorate"),
                List.of(2, 2));
        assertEquals(education, roundTrip(education));
        assertEquals(new OrderBuilder(List.of("a", "b"), List.of()), roundTrip(new OrderBuilder(List.of("a", "b"),
                List.of())));
    }

    @Test
    void maskingSurvivesFromEitherSide() throws Exception {
        assertEquals(new MaskingBuilder(true, '0'), roundTrip(new MaskingBuilder(true, '0')));
        assertEquals(new MaskingBuilder(false, ' '), roundTrip(new MaskingBuilder(false, ' ')));
    }

    @Test
    void datesSurviveWithEveryUnit() throws Exception {
        for (List<DateUnit> units : List.of(List.of(DateUnit.WEEK),
                List.of(DateUnit.MONTH, DateUnit.QUARTER, DateUnit.YEAR, DateUnit.DECADE),
                List.of(DateUnit.YEAR, DateUnit.CENTURY))) {
            DateBuilder dates = new DateBuilder("yyyy-MM-dd HH:mm", units);
            assertEquals(dates, roundTrip(dates));
        }
    }

    @Test
    void writesTheParametersUnderTheNamesTheFormatDocuments() {
        Map<String, Object> intervals = new LinkedHashMap<>();
        intervals.put("kind", "intervals");
        intervals.put("origin", 0.0);
        intervals.put("width", 10.0);
        intervals.put("fanouts", List.of(2));
        intervals.put("bottom", null);
        intervals.put("top", 90.0);
        assertEquals(intervals, BuilderEntries.of(new IntervalBuilder(0, 10, List.of(2), null, 90.0)));
        assertEquals(Map.of("kind", "order", "order", List.of("low", "high"), "groupSizes", List.of(2)),
                BuilderEntries.of(new OrderBuilder(List.of("low", "high"), List.of(2))));
        assertEquals(Map.of("kind", "masking", "fromRight", true, "padding", "0"),
                BuilderEntries.of(new MaskingBuilder(true, '0')));
        assertEquals(Map.of("kind", "dates", "pattern", "yyyy-MM-dd", "units", List.of("MONTH", "YEAR")),
                BuilderEntries.of(new DateBuilder("yyyy-MM-dd", List.of(DateUnit.MONTH, DateUnit.YEAR))));
    }

    @Test
    void readsNumbersWrittenByHandWithoutDecimalsAndLeftOutCodingAsNone() throws Exception {
        Map<String, Object> entry = throughJson(Map.of("kind", "intervals", "origin", 0, "width", 10,
                "fanouts", List.of(2)));
        assertEquals(new IntervalBuilder(0, 10, List.of(2), null, null), BuilderEntries.builder("age", entry));
    }

    @Test
    void namesTheColumnAndWhatIsWrongInADamagedEntry() {
        assertDamaged(Map.of("kind", "spiral"), "unknown kind of builder 'spiral'");
        assertDamaged(Map.of("origin", 0), "unknown kind of builder 'null'");
        assertDamaged(Map.of("kind", "intervals", "origin", 0, "fanouts", List.of()), "'width' is missing");
        assertDamaged(Map.of("kind", "intervals", "origin", 0, "width", "ten", "fanouts", List.of()),
                "'width' must be a number, not ten");
        assertDamaged(Map.of("kind", "intervals", "origin", 0, "width", 10, "fanouts", List.of("two")),
                "'fanouts' must be a list of whole numbers");
        assertDamaged(Map.of("kind", "order", "order", "a,b", "groupSizes", List.of()), "'order' must be a list");
        assertDamaged(Map.of("kind", "masking", "fromRight", "yes", "padding", "0"), "'fromRight' must be true or false");
        assertDamaged(Map.of("kind", "masking", "fromRight", true, "padding", "00"),
                "'padding' must be a single character");
        assertDamaged(Map.of("kind", "dates", "pattern", "yyyy", "units", List.of("YEAR", "FORTNIGHT")),
                "'units' holds 'FORTNIGHT'");
    }

    @Test
    void reportsParametersTheBuilderItselfRefusesAsDamage() {
        assertDamaged(Map.of("kind", "intervals", "origin", 0, "width", -1, "fanouts", List.of()),
                "The width of the intervals must be a number above 0");
        assertDamaged(Map.of("kind", "dates", "pattern", "yyyy-MM-dd", "units", List.of("YEAR", "MONTH")),
                "The units must go from finer to coarser");
    }

    private static void assertDamaged(Map<String, Object> entry, String what) {
        ProjectFormatException e = assertThrows(ProjectFormatException.class, () -> BuilderEntries.builder("age", entry));
        assertTrue(e.getMessage().startsWith("the builder of the hierarchy of 'age' in the project is damaged: "),
                e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
