package org.veil.engine.lattice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LatticeTest {

    /** Heights 2, 1, 3: (2+1)·(1+1)·(3+1) = 24 transformations; strides 1, 3, 6. */
    private final Lattice lattice = new Lattice(new int[] {2, 1, 3});

    @Test
    void theSizeIsTheProductOfTheNumberOfLevels() {
        assertEquals(24, lattice.size());
        assertEquals(3, lattice.dimensions());
        assertArrayEquals(new int[] {2, 1, 3}, lattice.heights());
        assertEquals(3, lattice.height(2));
    }

    @Test
    void theIndexReadsTheLevelsAsAMixedRadixNumberWithTheFirstDimensionFastest() {
        // [1,1,2] → 1·1 + 1·3 + 2·6 = 16
        assertEquals(16, lattice.index(new int[] {1, 1, 2}));
        assertEquals(1, lattice.index(new int[] {1, 0, 0}));
        assertEquals(3, lattice.index(new int[] {0, 1, 0}));
        assertEquals(6, lattice.index(new int[] {0, 0, 1}));
        assertArrayEquals(new int[] {1, 1, 2}, lattice.levels(16));
        assertEquals(2, lattice.level(16, 2));
        assertEquals(1, lattice.level(16, 1));
    }

    @Test
    void indexAndLevelsAreInversesOverTheWholeSpace() {
        Set<Integer> seen = new HashSet<>();
        int[] out = new int[3];
        for (int index = 0; index < lattice.size(); index++) {
            int[] levels = lattice.levels(index, out);
            assertEquals(index, lattice.index(levels));
            for (int d = 0; d < 3; d++) {
                assertEquals(levels[d], lattice.level(index, d));
            }
            seen.add(index);
        }
        assertEquals(24, seen.size());
    }

    @Test
    void bottomAndTopAreAllZeroAndAllMaximal() {
        assertArrayEquals(new int[] {0, 0, 0}, lattice.levels(lattice.bottom()));
        assertArrayEquals(new int[] {2, 1, 3}, lattice.levels(lattice.top()));
        assertEquals(23, lattice.top());
    }

    @Test
    void heightsAreSumsOfLevels() {
        assertEquals(4, lattice.heightOf(16)); // 1 + 1 + 2
        assertEquals(4, lattice.height(new int[] {1, 1, 2}));
        assertEquals(6, lattice.maxHeight());
        assertEquals(0, lattice.heightOf(lattice.bottom()));
        assertEquals(6, lattice.heightOf(lattice.top()));
    }

    @Test
    void successorsRaiseOneLevelAndStopAtTheTop() {
        int node = lattice.index(new int[] {1, 1, 2});
        assertArrayEquals(new int[] {2, 1, 2}, lattice.levels(lattice.successor(node, 0)));
        assertEquals(-1, lattice.successor(node, 1), "dimension 1 is at its top");
        assertArrayEquals(new int[] {1, 1, 3}, lattice.levels(lattice.successor(node, 2)));
        assertEquals(-1, lattice.successor(lattice.top(), 0));
    }

    @Test
    void predecessorsLowerOneLevelAndStopAtZero() {
        int node = lattice.index(new int[] {0, 1, 2});
        assertEquals(-1, lattice.predecessor(node, 0));
        assertArrayEquals(new int[] {0, 0, 2}, lattice.levels(lattice.predecessor(node, 1)));
        assertArrayEquals(new int[] {0, 1, 1}, lattice.levels(lattice.predecessor(node, 2)));
        for (int index = 0; index < lattice.size(); index++) {
            for (int d = 0; d < 3; d++) {
                int up = lattice.successor(index, d);
                if (up >= 0) {
                    assertEquals(index, lattice.predecessor(up, d));
                }
            }
        }
    }

    @Test
    void generalizationMeansEveryLevelAtLeastAsHigh() {
        int lower = lattice.index(new int[] {1, 1, 2});
        int upper = lattice.index(new int[] {2, 1, 2});
        int a = lattice.index(new int[] {2, 0, 0});
        int b = lattice.index(new int[] {0, 1, 0});

        assertTrue(lattice.isGeneralizationOf(upper, lower));
        assertFalse(lattice.isGeneralizationOf(lower, upper));
        assertTrue(lattice.isGeneralizationOf(lower, lower), "reflexive");
        assertFalse(lattice.isGeneralizationOf(a, b), "incomparable");
        assertFalse(lattice.isGeneralizationOf(b, a), "incomparable");
        assertTrue(lattice.isGeneralizationOf(lattice.top(), b));
        assertTrue(lattice.isGeneralizationOf(a, lattice.bottom()));
    }

    @Test
    void aLevelOutOfRangeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> lattice.index(new int[] {0, 2, 0}));
        assertEquals("level 2 out of range for dimension 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> lattice.index(new int[] {-1, 0, 0}));
    }

    @Test
    void aSpaceOfExactlyTheMaximumSizeIsAccepted() {
        // 4096 · 4096 = 2^24 = MAX_SIZE
        Lattice largest = new Lattice(new int[] {4095, 4095});
        assertEquals(Lattice.MAX_SIZE, largest.size());
        assertArrayEquals(new int[] {4095, 4095}, largest.levels(largest.top()));
    }

    @Test
    void aSpaceBeyondTheMaximumSizeIsRejectedWithAnExplanation() {
        // 4097 · 4096 = 2^24 + 4096 > MAX_SIZE
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Lattice(new int[] {4096, 4095}));
        assertEquals("the solution space has more than 16,777,216 transformations;"
                + " use fewer quasi-identifiers or hierarchies with fewer levels", e.getMessage());
        // many small dimensions overflow too: 2^25
        int[] ones = new int[25];
        java.util.Arrays.fill(ones, 1);
        assertThrows(IllegalArgumentException.class, () -> new Lattice(ones));
    }

    @Test
    void heightsOfZeroGiveASingleLevelDimension() {
        Lattice flat = new Lattice(new int[] {0, 2});
        assertEquals(3, flat.size());
        assertEquals(-1, flat.successor(0, 0));
        assertArrayEquals(new int[] {0, 2}, flat.levels(flat.top()));
    }

    @Test
    void aNegativeHeightIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Lattice(new int[] {1, -1}));
        assertEquals("negative height", e.getMessage());
    }

    @Test
    void theLatticeKeepsItsOwnCopyOfTheHeights() {
        int[] heights = {1, 1};
        Lattice copy = new Lattice(heights);
        heights[0] = 5;
        copy.heights()[1] = 7;
        assertArrayEquals(new int[] {1, 1}, copy.heights());
        assertEquals(4, copy.size());
    }
}
