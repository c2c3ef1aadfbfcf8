package org.veil.engine.hierarchy.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

class OrderBuilderTest {

    private static final List<String> EDUCATION = List.of("Preschool", "1st-4th", "5th-6th", "HS-grad",
            "Some-college", "Bachelors", "Masters", "Doctorate");

    @Test
    void educationLevelsGroupInThreesThenPairsInTheUsersOrder() throws HierarchyException {
        Hierarchy hierarchy = new OrderBuilder(EDUCATION, List.of(3, 2)).build(List.of("Doctorate", "HS-grad",
                "Preschool", "Masters", "1st-4th", "Bachelors", "5th-6th", "Some-college", "Masters"));

        assertEquals(List.of(
                "Preschool;Preschool–5th-6th;Preschool–Bachelors;*",
                "1st-4th;Preschool–5th-6th;Preschool–Bachelors;*",
                "5th-6th;Preschool–5th-6th;Preschool–Bachelors;*",
                "HS-grad;HS-grad–Bachelors;Preschool–Bachelors;*",
                "Some-college;HS-grad–Bachelors;Preschool–Bachelors;*",
                "Bachelors;HS-grad–Bachelors;Preschool–Bachelors;*",
                "Masters;Masters–Doctorate;Masters–Doctorate;*",
                "Doctorate;Masters–Doctorate;Masters–Doctorate;*"), BuiltRows.of(hierarchy));
    }

    @Test
    void aGroupOfOneValueIsLabelledByThatValue() throws HierarchyException {
        Hierarchy hierarchy = new OrderBuilder(List.of("low", "mid", "high"), List.of(2)).build(List.of("high", "low",
                "mid"));

        assertEquals(List.of("low;low–mid;*", "mid;low–mid;*", "high;high;*"), BuiltRows.of(hierarchy));
    }

    @Test
    void withoutGroupSizesEveryValueGoesStraightToTheTop() throws HierarchyException {
        Hierarchy hierarchy = new OrderBuilder(List.of("b", "a", "c"), List.of()).build(List.of("a", "b", "c"));

        assertEquals(List.of("b;*", "a;*", "c;*"), BuiltRows.of(hierarchy), "rows in the user's order");
        assertEquals(1, hierarchy.height());
    }

    @Test
    void entriesOfTheOrderMissingFromTheValuesStillCountForTheGroups() throws HierarchyException {
        Hierarchy hierarchy = new OrderBuilder(List.of("a", "b", "c", "d", "e"), List.of(2)).build(List.of("d", "a"));

        assertEquals(List.of("a;a–b;*", "d;c–d;*"), BuiltRows.of(hierarchy),
                "the groups are those of the whole order, so a sample's hierarchy fits the full data");
    }

    @Test
    void valuesMissingFromTheOrderAreRefusedAndListed() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new OrderBuilder(List.of("a", "b"), List.of(2)).build(List.of("a", "x", "b", "y")));

        assertEquals("2 values are not in the order: 'x'; 'y'", e.getMessage());
        assertEquals(List.of("'x'", "'y'"), e.problems());
    }

    @Test
    void twoGroupsThatWouldShareALabelAreRefused() {
        HierarchyException e = assertThrows(HierarchyException.class,
                () -> new OrderBuilder(List.of("x", "y", "x–y"), List.of(2)).build(List.of("x", "y", "x–y")));

        assertTrue(e.getMessage().startsWith("two groups would have the same label"), e.getMessage());
        assertEquals(List.of("'x–y' on level 1"), e.problems());
    }

    @Test
    void invalidParametersAreRefused() {
        assertEquals("Each group must hold at least 2 of the level below, not 1.", assertThrows(
                IllegalArgumentException.class, () -> new OrderBuilder(List.of("a", "b"), List.of(2, 1))).getMessage());
        assertEquals("The order names a value more than once: 'b'.", assertThrows(IllegalArgumentException.class,
                () -> new OrderBuilder(List.of("a", "b", "c", "b"), List.of())).getMessage());
    }

    @Test
    void describeNamesTheGroupSizes() {
        assertEquals("Order in groups of 3, 2", new OrderBuilder(EDUCATION, List.of(3, 2)).describe());
        assertEquals("Order, each value straight to *", new OrderBuilder(EDUCATION, List.of()).describe());
    }
}
