package org.veil.ui.explore;

/**
 * The part of the lattice layout the canvas shows: a horizontal zoom (pixels between neighbours in
 * a row), a row spacing that fits the rows to the view's height within limits, and a pan offset.
 * Only the horizontal axis zooms, because lattices are far wider than high (Adult: 970 × 18).
 * Pure arithmetic, so hit testing and drawing agree and both are tested without a toolkit.
 */
public final class LatticeViewport {

    /** Free space around the drawing. */
    static final double MARGIN = 22;
    /** The strip on the left that holds the height of each row. */
    static final double GUTTER = 30;
    /** The widest spacing of neighbours: the most one can zoom in. */
    static final double MAX_PITCH = 44;
    static final double MIN_ROW_GAP = 12;
    static final double MAX_ROW_GAP = 72;
    static final double MAX_RADIUS = 9;
    /** Below this radius a node is drawn as a bar that touches its neighbours. */
    static final double MIN_ROUND_RADIUS = 2.5;

    private final int widest;
    private final int rows;
    private double width = 1;
    private double height = 1;
    private double fitPitch = MAX_PITCH;
    private double pitch = MAX_PITCH;
    private double rowGap = MIN_ROW_GAP;
    private double originX;
    private double originY;
    private boolean fitted = true;

    public LatticeViewport(int widest, int rows) {
        this.widest = Math.max(1, widest);
        this.rows = Math.max(1, rows);
    }

    /** Adapts to a new view size: refits if the user has not zoomed or panned, else keeps the zoom. */
    public void resize(double newWidth, double newHeight) {
        width = Math.max(1, newWidth);
        height = Math.max(1, newHeight);
        double span = Math.max(1, widest - 1);
        fitPitch = Math.min(MAX_PITCH, Math.max(0.05, (width - GUTTER - 2 * MARGIN) / span));
        rowGap = Math.max(MIN_ROW_GAP, Math.min(MAX_ROW_GAP, (height - 2 * MARGIN) / Math.max(1, rows - 1)));
        if (fitted) {
            fit();
        } else {
            pitch = Math.max(fitPitch, Math.min(maxPitch(), pitch));
            clamp();
        }
    }

    /** Shows the whole width of the lattice. */
    public void fit() {
        pitch = fitPitch;
        originX = (GUTTER + width) / 2;
        originY = height - MARGIN - (rows - 1) * rowGap; // the bottom rows first, where optima lie
        clamp();
        fitted = true;
    }

    /** Zooms by a factor, keeping the point under {@code screenX} where it is. */
    public void zoomAt(double factor, double screenX) {
        double anchor = layoutXAt(screenX);
        pitch = Math.max(fitPitch, Math.min(maxPitch(), pitch * factor));
        originX = screenX - anchor * pitch;
        clamp();
        fitted = false;
    }

    public void pan(double dx, double dy) {
        originX += dx;
        originY += dy;
        clamp();
        fitted = false;
    }

    /** Pans so that a position is inside the view, if it is not already. */
    public void reveal(double layoutX, int rowHeight) {
        double x = screenX(layoutX);
        double y = screenY(rowHeight);
        if (x < GUTTER + MARGIN || x > width - MARGIN || y < MARGIN || y > height - MARGIN) {
            pan((GUTTER + width) / 2 - x, height / 2 - y);
        }
    }

    /** Keeps the drawing filling the view: centred when it fits, else no empty space at its ends. */
    private void clamp() {
        double halfWidth = pitch * (widest - 1) / 2;
        double left = GUTTER + MARGIN;
        double right = width - MARGIN;
        if (2 * halfWidth <= right - left) {
            originX = (left + right) / 2;
        } else {
            originX = Math.max(right - halfWidth, Math.min(left + halfWidth, originX));
        }
        double contentHeight = (rows - 1) * rowGap;
        if (contentHeight <= height - 2 * MARGIN) {
            originY = (height - contentHeight) / 2;
        } else {
            originY = Math.max(height - MARGIN - contentHeight, Math.min(MARGIN, originY));
        }
    }

    private double maxPitch() {
        return Math.max(MAX_PITCH, fitPitch);
    }

    public double screenX(double layoutX) {
        return originX + layoutX * pitch;
    }

    /** The screen y of a row. */
    public double screenY(int rowHeight) {
        return originY + (rows - 1 - rowHeight) * rowGap;
    }

    public double layoutXAt(double screenX) {
        return (screenX - originX) / pitch;
    }

    /** The row nearest to a screen y; may be outside 0..rows-1. */
    public int heightAt(double screenY) {
        return rows - 1 - (int) Math.round((screenY - originY) / rowGap);
    }

    /** The first slot of a row of {@code size} that reaches into the view. */
    public int firstVisibleSlot(int size) {
        return (int) Math.max(0, Math.floor(layoutXAt(-MAX_RADIUS) + (size - 1) / 2.0));
    }

    public int lastVisibleSlot(int size) {
        return (int) Math.min(size - 1, Math.ceil(layoutXAt(width + MAX_RADIUS) + (size - 1) / 2.0));
    }

    public boolean isRowVisible(int rowHeight) {
        double y = screenY(rowHeight);
        return y >= -rowGap && y <= height + rowGap;
    }

    /** The radius of a node's disc. */
    public double radius() {
        return Math.min(MAX_RADIUS, Math.min(0.42 * pitch, 0.36 * rowGap));
    }

    /** Whether nodes are too small for discs and are drawn as bars touching their neighbours. */
    public boolean isCompact() {
        return radius() < MIN_ROUND_RADIUS;
    }

    /** Half the height of a node's bar in compact mode. */
    public double barHalfHeight() {
        return Math.min(0.3 * rowGap, 6);
    }

    public double pitch() {
        return pitch;
    }

    public double rowGap() {
        return rowGap;
    }

    /** The zoom relative to the fitted view: 1 when the whole width shows. */
    public double zoom() {
        return pitch / fitPitch;
    }

    public boolean isFitted() {
        return fitted;
    }

    public boolean canZoomIn() {
        return pitch < maxPitch();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
