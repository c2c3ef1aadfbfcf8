package org.veil.ui.explore;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.veil.engine.lattice.Lattice;
import org.veil.engine.search.SolutionSpace;

/**
 * Draws the lattice onto a canvas: only the rows and slots inside the view, so a redraw costs what
 * is visible, not the whole space. Small lattices get every edge; larger ones only the edges of
 * the selected and the hovered transformation. Markers (optimum star, selection ring) keep a
 * minimum size so they stay visible when nodes shrink to bars.
 */
final class LatticeRenderer {

    /** Up to this many transformations every edge of the lattice is drawn. */
    static final int MAX_FULL_EDGES = 400;
    private static final double MARK_RADIUS = 6;

    /** What to mark: node numbers, -1 for none. */
    record Marks(int optimum, int selected, int pending, int hovered) {
    }

    private final Font labelFont = Font.font(11);

    /** Draws the view and returns how many transformations it drew. */
    int draw(GraphicsContext g, LatticeLayout layout, LatticeViewport view, SolutionSpace space, Marks marks) {
        g.setFill(StatePalette.BACKGROUND);
        g.fillRect(0, 0, view.width(), view.height());
        if (layout.lattice().size() <= MAX_FULL_EDGES) {
            for (int node = 0; node < layout.lattice().size(); node++) {
                drawEdges(g, layout, view, node, StatePalette.EDGE, 1);
            }
        }
        for (int node : new int[] {marks.selected(), marks.hovered()}) {
            if (node >= 0) {
                drawEdges(g, layout, view, node, StatePalette.EDGE_SELECTED, 1.5);
                drawEdgesDown(g, layout, view, node);
            }
        }
        int drawn = 0;
        for (int h = 0; h < layout.rowCount(); h++) {
            if (view.isRowVisible(h)) {
                drawn += drawRow(g, layout, view, space, h);
            }
        }
        drawHeightLabels(g, layout, view);
        if (marks.optimum() >= 0) {
            drawStar(g, view.screenX(layout.x(marks.optimum())), view.screenY(layout.height(marks.optimum())),
                    markRadius(view) + 3);
        }
        ring(g, layout, view, marks.pending(), StatePalette.SELECTED, 2, true);
        ring(g, layout, view, marks.selected(), StatePalette.SELECTED, 3, false);
        ring(g, layout, view, marks.hovered(), StatePalette.HOVER, 1.5, false);
        return drawn;
    }

    private int drawRow(GraphicsContext g, LatticeLayout layout, LatticeViewport view, SolutionSpace space, int h) {
        int size = layout.rowSize(h);
        double y = view.screenY(h);
        double r = view.radius();
        boolean compact = view.isCompact();
        double barWidth = Math.max(1, view.pitch());
        double barHalf = view.barHalfHeight();
        int first = view.firstVisibleSlot(size);
        int last = view.lastVisibleSlot(size);
        for (int slot = first; slot <= last; slot++) {
            int node = layout.nodeAt(h, slot);
            double x = view.screenX(layout.x(node));
            g.setFill(StatePalette.fill(space.state(node)));
            if (compact) {
                g.fillRect(x - barWidth / 2, y - barHalf, barWidth, 2 * barHalf);
            } else {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(StatePalette.outline(space.state(node)));
                g.setLineWidth(1);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
        return Math.max(0, last - first + 1);
    }

    /** Lines from a node up to each direct generalization. */
    private static void drawEdges(GraphicsContext g, LatticeLayout layout, LatticeViewport view, int node, Color color,
            double width) {
        Lattice lattice = layout.lattice();
        double x = view.screenX(layout.x(node));
        double y = view.screenY(layout.height(node));
        g.setStroke(color);
        g.setLineWidth(width);
        for (int d = 0; d < lattice.dimensions(); d++) {
            int up = lattice.successor(node, d);
            if (up >= 0) {
                g.strokeLine(x, y, view.screenX(layout.x(up)), view.screenY(layout.height(up)));
            }
        }
    }

    private static void drawEdgesDown(GraphicsContext g, LatticeLayout layout, LatticeViewport view, int node) {
        Lattice lattice = layout.lattice();
        for (int d = 0; d < lattice.dimensions(); d++) {
            int down = lattice.predecessor(node, d);
            if (down >= 0) {
                g.strokeLine(view.screenX(layout.x(node)), view.screenY(layout.height(node)),
                        view.screenX(layout.x(down)), view.screenY(layout.height(down)));
            }
        }
    }

    private void drawHeightLabels(GraphicsContext g, LatticeLayout layout, LatticeViewport view) {
        g.setFill(StatePalette.BACKGROUND);
        g.fillRect(0, 0, LatticeViewport.GUTTER - 4, view.height());
        g.setFill(StatePalette.LABEL);
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int step = view.rowGap() < 15 ? 2 : 1;
        for (int h = 0; h < layout.rowCount(); h += step) {
            if (view.isRowVisible(h)) {
                g.fillText(Integer.toString(h), LatticeViewport.GUTTER - 8, view.screenY(h));
            }
        }
    }

    private static double markRadius(LatticeViewport view) {
        return Math.max(MARK_RADIUS, view.radius());
    }

    private static void ring(GraphicsContext g, LatticeLayout layout, LatticeViewport view, int node, Color color,
            double width, boolean dashed) {
        if (node < 0) {
            return;
        }
        double r = markRadius(view) + 2 + width;
        double x = view.screenX(layout.x(node));
        double y = view.screenY(layout.height(node));
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {4, 3} : null);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes(null);
    }

    /** A five-pointed star centred on a node. */
    static void drawStar(GraphicsContext g, double x, double y, double outer) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : outer * 0.45;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            xs[i] = x + radius * Math.cos(angle);
            ys[i] = y + radius * Math.sin(angle);
        }
        g.setFill(StatePalette.OPTIMUM);
        g.fillPolygon(xs, ys, 10);
        g.setStroke(StatePalette.OPTIMUM_OUTLINE);
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 10);
    }
}
