package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.veil.engine.lattice.Lattice;

class LevelFilterTest {

    private final List<String> names = List.of("zip", "birth_date", "sex", "ethnicity");
    private final Lattice lattice = new Lattice(new int[] {5, 5, 1, 2});

    private List<Integer> matching(String text) {
        LevelFilter filter = LevelFilter.parse(text, names);
        return IntStream.range(0, lattice.size()).filter(n -> filter.test(lattice, n)).boxed().toList();
    }

    @Test
    void anEmptyFilterKeepsEverything() {
        assertTrue(LevelFilter.parse("  ", names).isEmpty());
        assertEquals(lattice.size(), matching("").size());
    }

    @Test
    void everyConditionMustHold() {
        for (int node : matching("zip<=2, sex=1 ethnicity!=0")) {
            assertTrue(lattice.level(node, 0) <= 2);
            assertEquals(1, lattice.level(node, 2));
            assertTrue(lattice.level(node, 3) != 0);
        }
        assertEquals(3 * 6 * 1 * 2, matching("zip<=2 sex=1 ethnicity!=0").size());
    }

    @Test
    void acceptsAnUnambiguousStartOfANameInAnyCase() {
        assertEquals(matching("birth_date>=4"), matching("B >= 4"));
        assertEquals(2 * 6 * 2 * 3, matching("birth>3").size());
    }

    @Test
    void heightIsTheSumOfLevels() {
        assertEquals(List.of(lattice.bottom()), matching("height=0"));
        assertEquals(List.of(lattice.top()), matching("height>=13"));
    }

    @Test
    void saysWhatIsWrong() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LevelFilter.parse("age=2", names));
        assertTrue(unknown.getMessage().contains("'age' is no quasi-identifier"), unknown.getMessage());
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> LevelFilter.parse("zip", names));
        assertTrue(malformed.getMessage().startsWith("Write conditions like zip<=2"), malformed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LevelFilter.parse("zip=2 and sex=1", names));
    }

    @Test
    void anAmbiguousStartNamesTheCandidates() {
        IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
                () -> LevelFilter.parse("s=1", List.of("sex", "salary", "zip")));
        assertEquals("'s' could be sex or salary; type more of the name", ambiguous.getMessage());
        assertFalse(LevelFilter.parse("sex=1", List.of("sex", "sexuality")).isEmpty(), "a full name wins");
    }
}
