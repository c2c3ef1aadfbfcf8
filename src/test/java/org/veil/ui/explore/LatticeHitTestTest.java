package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.engine.lattice.Lattice;

class LatticeHitTestTest {

    private final LatticeLayout health = LatticeLayout.of(new Lattice(new int[] {5, 5, 1, 2}));
    private final LatticeLayout adult = LatticeLayout.of(new Lattice(new int[] {1, 4, 1, 2, 3, 2, 2, 2}));

    private static LatticeViewport view(LatticeLayout layout, double width, double height) {
        LatticeViewport view = new LatticeViewport(layout.widest(), layout.rowCount());
        view.resize(width, height);
        return view;
    }

    @Test
    void findsEveryNodeAtItsCentre() {
        LatticeViewport view = view(health, 1000, 500);
        assertTrue(!view.isCompact(), "31 a row fit as discs");

        for (int node = 0; node < health.lattice().size(); node++) {
            double x = view.screenX(health.x(node));
            double y = view.screenY(health.height(node));
            assertEquals(node, LatticeHitTest.nodeAt(health, view, x, y));
            assertEquals(node, LatticeHitTest.nodeAt(health, view, x + view.radius(), y - view.radius() / 2));
        }
    }

    @Test
    void findsNothingBetweenRowsOrBetweenDiscs() {
        LatticeViewport view = view(health, 1000, 500);
        int node = health.nodeAt(5, 0);
        double x = view.screenX(health.x(node));
        double y = view.screenY(5);

        assertEquals(-1, LatticeHitTest.nodeAt(health, view, x, y + view.rowGap() / 2));
        assertEquals(-1, LatticeHitTest.nodeAt(health, view, x + view.pitch() / 2, y));
        assertEquals(-1, LatticeHitTest.nodeAt(health, view, x - 3 * view.pitch(), y), "left of the row");
        assertEquals(-1, LatticeHitTest.nodeAt(health, view, 0, -500), "above the top row");
    }

    @Test
    void findsNodesDrawnAsBarsWhenZoomedOut() {
        LatticeViewport view = view(adult, 900, 400);
        assertTrue(view.isCompact());

        for (int node = 0; node < adult.lattice().size(); node += 7) {
            double x = view.screenX(adult.x(node));
            assertEquals(node, LatticeHitTest.nodeAt(adult, view, x, view.screenY(adult.height(node))));
        }
    }

    @Test
    void agreesWithTheViewAfterZoomingAndPanning() {
        LatticeViewport view = view(adult, 900, 400);
        view.zoomAt(30, 200);
        view.pan(-120, 0);
        int row = 9;
        int slot = view.firstVisibleSlot(adult.rowSize(row)) + 3;
        int node = adult.nodeAt(row, slot);

        assertEquals(node, LatticeHitTest.nodeAt(adult, view, view.screenX(adult.x(node)), view.screenY(row)));
    }
}
