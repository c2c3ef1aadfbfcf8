package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.veil.engine.lattice.Lattice;

class LatticeViewportTest {

    private final LatticeLayout adult = LatticeLayout.of(new Lattice(new int[] {1, 4, 1, 2, 3, 2, 2, 2}));

    private LatticeViewport fitted(LatticeLayout layout, double width, double height) {
        LatticeViewport view = new LatticeViewport(layout.widest(), layout.rowCount());
        view.resize(width, height);
        return view;
    }

    @Test
    void fitShowsTheWholeWidthInsideTheMargins() {
        LatticeViewport view = fitted(adult, 900, 400);

        double left = view.screenX(-(adult.widest() - 1) / 2.0);
        double right = view.screenX((adult.widest() - 1) / 2.0);
        assertEquals(LatticeViewport.GUTTER + LatticeViewport.MARGIN, left, 1e-6);
        assertEquals(900 - LatticeViewport.MARGIN, right, 1e-6);
        assertEquals(1, view.zoom(), 1e-9);
        assertTrue(view.isCompact(), "970 nodes in 850 pixels are bars, not discs");
    }

    @Test
    void theBottomRowIsDrawnLowest() {
        LatticeViewport view = fitted(adult, 900, 600);

        for (int h = 1; h < adult.rowCount(); h++) {
            assertTrue(view.screenY(h) < view.screenY(h - 1));
            assertEquals(view.rowGap(), view.screenY(h - 1) - view.screenY(h), 1e-9);
        }
        assertTrue(view.screenY(0) <= 600 - LatticeViewport.MARGIN + 1e-9);
        assertTrue(view.screenY(adult.rowCount() - 1) >= LatticeViewport.MARGIN - 1e-9);
    }

    @Test
    void zoomingKeepsThePointUnderTheCursorWhereItIs() {
        LatticeViewport view = fitted(adult, 900, 400);
        double cursor = 300;
        double before = view.layoutXAt(cursor);

        view.zoomAt(4, cursor);

        assertEquals(4, view.zoom(), 1e-9);
        assertEquals(before, view.layoutXAt(cursor), 1e-9);
        assertFalse(view.isFitted());
    }

    @Test
    void cannotZoomOutBeyondTheWholeWidthNorInBeyondTheLargestSpacing() {
        LatticeViewport view = fitted(adult, 900, 400);

        view.zoomAt(0.1, 400);
        assertEquals(1, view.zoom(), 1e-9);
        view.zoomAt(1e6, 400);
        assertEquals(LatticeViewport.MAX_PITCH, view.pitch(), 1e-9);
        assertFalse(view.canZoomIn());
    }

    @Test
    void panningStopsAtTheEndsOfTheDrawing() {
        LatticeViewport view = fitted(adult, 900, 400);
        view.zoomAt(10, 450);

        view.pan(1e6, 0);
        assertEquals(LatticeViewport.GUTTER + LatticeViewport.MARGIN, view.screenX(-(adult.widest() - 1) / 2.0), 1e-6);
        view.pan(-1e6, 0);
        assertEquals(900 - LatticeViewport.MARGIN, view.screenX((adult.widest() - 1) / 2.0), 1e-6);
    }

    @Test
    void onlyVisibleSlotsAreDrawn() {
        LatticeViewport view = fitted(adult, 900, 400);
        view.zoomAt(20, 450);
        int size = adult.rowSize(8);

        int first = view.firstVisibleSlot(size);
        int last = view.lastVisibleSlot(size);

        assertTrue(first > 0 && last < size - 1, "zoomed in, the row's ends are out of view");
        assertTrue(last - first < size / 10);
        double leftOfFirst = view.screenX(first - 1 - (size - 1) / 2.0);
        double rightOfLast = view.screenX(last + 1 - (size - 1) / 2.0);
        assertTrue(leftOfFirst < 0 && rightOfLast > 900, "the slots just outside are out of view");
    }

    @Test
    void refitsOnResizeUntilTheUserZooms() {
        LatticeViewport view = fitted(adult, 900, 400);
        view.resize(1500, 400);
        assertEquals(1500 - LatticeViewport.MARGIN, view.screenX((adult.widest() - 1) / 2.0), 1e-6);

        view.zoomAt(3, 700);
        view.resize(1600, 400);
        assertEquals(3 * (1500 - LatticeViewport.GUTTER - 2 * LatticeViewport.MARGIN) / (adult.widest() - 1),
                view.pitch(), 1e-6);
    }

    @Test
    void revealPansAnOutOfViewNodeIntoTheMiddle() {
        LatticeViewport view = fitted(adult, 900, 400);
        view.zoomAt(20, 100);
        int node = adult.nodeAt(8, adult.rowSize(8) - 1);

        view.reveal(adult.x(node), 8);

        double x = view.screenX(adult.x(node));
        assertTrue(x >= LatticeViewport.GUTTER + LatticeViewport.MARGIN && x <= 900 - LatticeViewport.MARGIN);
    }
}
