package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.veil.engine.lattice.Lattice;

class LatticeLayoutTest {

    /** The sample project's lattice: zip, birth date, sex, ethnicity. */
    private final Lattice health = new Lattice(new int[] {5, 5, 1, 2});
    /** Adult's eight quasi-identifiers. */
    private final Lattice adult = new Lattice(new int[] {1, 4, 1, 2, 3, 2, 2, 2});

    @Test
    void putsEveryTransformationOnceInTheRowOfItsHeight() {
        LatticeLayout layout = LatticeLayout.of(health);

        assertEquals(health.maxHeight() + 1, layout.rowCount());
        boolean[] seen = new boolean[health.size()];
        for (int h = 0; h < layout.rowCount(); h++) {
            for (int slot = 0; slot < layout.rowSize(h); slot++) {
                int node = layout.nodeAt(h, slot);
                assertFalse(seen[node], "node " + node + " placed twice");
                seen[node] = true;
                assertEquals(h, health.heightOf(node));
                assertEquals(h, layout.height(node));
                assertEquals(slot, layout.slot(node));
            }
        }
        for (boolean placed : seen) {
            assertTrue(placed);
        }
    }

    @Test
    void theBottomRowHoldsTheOriginalDataAndTheTopRowTheFullGeneralization() {
        LatticeLayout layout = LatticeLayout.of(health);

        assertEquals(1, layout.rowSize(0));
        assertEquals(health.bottom(), layout.nodeAt(0, 0));
        assertEquals(health.top(), layout.nodeAt(layout.rowCount() - 1, 0));
    }

    @Test
    void centresEachRowWithOneUnitBetweenNeighbours() {
        LatticeLayout layout = LatticeLayout.of(health);

        for (int h = 0; h < layout.rowCount(); h++) {
            int size = layout.rowSize(h);
            assertEquals(-layout.x(layout.nodeAt(h, 0)), layout.x(layout.nodeAt(h, size - 1)), 1e-9);
            for (int slot = 1; slot < size; slot++) {
                assertEquals(1, layout.x(layout.nodeAt(h, slot)) - layout.x(layout.nodeAt(h, slot - 1)), 1e-9);
            }
        }
    }

    @Test
    void keepsEdgesShorterThanNodeOrderWould() {
        assertTrue(edgeLength(health, true) < 0.7 * edgeLength(health, false));
        assertTrue(edgeLength(adult, true) < 0.92 * edgeLength(adult, false));
    }

    /** The total horizontal length of the edges, as laid out or with each row in node order. */
    private static double edgeLength(Lattice lattice, boolean laidOut) {
        LatticeLayout layout = LatticeLayout.of(lattice);
        long[] sizes = LatticeLayout.rowSizes(lattice);
        int[] byNumber = new int[lattice.size()];
        int[] filled = new int[sizes.length];
        for (int node = 0; node < lattice.size(); node++) {
            byNumber[node] = filled[lattice.heightOf(node)]++;
        }
        double length = 0;
        for (int node = 0; node < lattice.size(); node++) {
            for (int d = 0; d < lattice.dimensions(); d++) {
                int up = lattice.successor(node, d);
                if (up >= 0) {
                    length += laidOut ? Math.abs(layout.x(up) - layout.x(node))
                            : Math.abs(centred(byNumber[up], sizes[lattice.heightOf(up)])
                                    - centred(byNumber[node], sizes[lattice.heightOf(node)]));
                }
            }
        }
        return length;
    }

    private static double centred(int slot, long size) {
        return slot - (size - 1) / 2.0;
    }

    @Test
    void positionsAreTheSameEveryTime() {
        LatticeLayout first = LatticeLayout.of(adult);
        LatticeLayout second = LatticeLayout.of(adult);

        for (int node = 0; node < adult.size(); node++) {
            assertEquals(first.x(node), second.x(node));
            assertEquals(first.height(node), second.height(node));
        }
    }

    @Test
    void countsRowsWithoutEnumeratingTheLattice() {
        long[] counted = new long[adult.maxHeight() + 1];
        for (int node = 0; node < adult.size(); node++) {
            counted[adult.heightOf(node)]++;
        }

        assertArrayEquals(counted, LatticeLayout.rowSizes(adult));
        assertEquals(970, LatticeLayout.widestRow(adult));
        assertEquals(18, LatticeLayout.of(adult).rowCount());
        assertEquals(970, LatticeLayout.of(adult).widest());
    }

    @Test
    void drawsAdultButNotASpaceWhoseRowsAreWiderThanTheLimit() {
        assertTrue(LatticeLayout.isDrawable(adult));
        Lattice eightByFour = new Lattice(fill(8, 4));
        assertEquals(38_165, LatticeLayout.widestRow(eightByFour));
        assertFalse(LatticeLayout.isDrawable(eightByFour));
        assertEquals(1_751, LatticeLayout.widestRow(new Lattice(fill(6, 4))));
        assertFalse(LatticeLayout.isDrawable(new Lattice(fill(6, 4))), "1,751 per row is over the limit");
        assertTrue(LatticeLayout.isDrawable(new Lattice(fill(6, 3))), "580 per row is drawn");
    }

    private static int[] fill(int dimensions, int height) {
        int[] heights = new int[dimensions];
        Arrays.fill(heights, height);
        return heights;
    }
}
