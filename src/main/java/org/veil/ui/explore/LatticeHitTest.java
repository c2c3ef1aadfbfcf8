package org.veil.ui.explore;

/** Which transformation is drawn at a point of the canvas: arithmetic on the layout, no search. */
public final class LatticeHitTest {

    /** How far outside its mark a node still counts as hit, in pixels. */
    static final double SLACK = 2;

    private LatticeHitTest() {
    }

    /** The node drawn at a screen point, or -1. */
    public static int nodeAt(LatticeLayout layout, LatticeViewport view, double x, double y) {
        int height = view.heightAt(y);
        if (height < 0 || height >= layout.rowCount()) {
            return -1;
        }
        double reachY = (view.isCompact() ? view.barHalfHeight() : view.radius()) + SLACK;
        if (Math.abs(y - view.screenY(height)) > reachY) {
            return -1;
        }
        int size = layout.rowSize(height);
        int slot = (int) Math.round(view.layoutXAt(x) + (size - 1) / 2.0);
        if (slot < 0 || slot >= size) {
            return -1;
        }
        int node = layout.nodeAt(height, slot);
        double reachX = view.isCompact() ? Math.max(0.5, view.pitch() / 2) : view.radius() + SLACK;
        return Math.abs(x - view.screenX(layout.x(node))) <= reachX ? node : -1;
    }
}
