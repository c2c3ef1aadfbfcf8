package org.veil.ui.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractAnnotation;
import org.jfree.chart.annotations.CategoryAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A line across a category chart at a position <em>between</em> or <em>within</em> categories, where a
 * {@link org.jfree.chart.plot.CategoryMarker} can only go through a category's middle. The position
 * counts categories from the left (or top) edge of the first one: {@code k} is the boundary between
 * category {@code k - 1} and category {@code k} (half-way across the gap between their bars),
 * {@code k + f} a fraction {@code f} across category {@code k}'s slot, {@code 0} the start of the first
 * and the number of categories the end of the last. It carries no label: whoever adds it names it in the
 * legend, where the text cannot cover a bar.
 */
public final class CategoryBoundaryLine extends AbstractAnnotation implements CategoryAnnotation {

    private static final long serialVersionUID = 1L;

    private final double position;
    private final transient Paint paint;
    private final transient Stroke stroke;

    public CategoryBoundaryLine(double position, Paint paint, float width) {
        this.position = position;
        this.paint = paint;
        this.stroke = new BasicStroke(width);
    }

    /** The position in categories, e.g. {@code 4.0} between the fourth and the fifth category. */
    public double position() {
        return position;
    }

    @Override
    public void draw(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea, CategoryAxis domainAxis,
            ValueAxis rangeAxis) {
        int categories = plot.getCategoriesForAxis(domainAxis).size();
        if (categories == 0) {
            return;
        }
        double at = coordinate(domainAxis, categories, dataArea, plot.getDomainAxisEdge());
        g2.setPaint(paint);
        g2.setStroke(stroke);
        if (plot.getOrientation() == PlotOrientation.VERTICAL) {
            g2.draw(new Line2D.Double(at, dataArea.getMinY(), at, dataArea.getMaxY()));
        } else {
            g2.draw(new Line2D.Double(dataArea.getMinX(), at, dataArea.getMaxX(), at));
        }
    }

    /**
     * Where the line is drawn along the category axis, in Java2D coordinates: interpolated between the
     * boundaries of the category slot it falls in.
     */
    public double coordinate(CategoryAxis axis, int categories, Rectangle2D dataArea, RectangleEdge edge) {
        double clamped = Math.max(0, Math.min(categories, position));
        int slot = (int) Math.min(categories - 1, Math.floor(clamped));
        double from = boundary(axis, slot, categories, dataArea, edge);
        double to = boundary(axis, slot + 1, categories, dataArea, edge);
        return from + (clamped - slot) * (to - from);
    }

    /** The boundary before category {@code k}: the middle of the gap between its bars and the previous ones. */
    private static double boundary(CategoryAxis axis, int k, int categories, Rectangle2D area, RectangleEdge edge) {
        double gap = categories > 1
                ? axis.getCategoryStart(1, categories, area, edge) - axis.getCategoryEnd(0, categories, area, edge)
                : 0;
        if (k <= 0) {
            return axis.getCategoryStart(0, categories, area, edge) - gap / 2;
        }
        if (k >= categories) {
            return axis.getCategoryEnd(categories - 1, categories, area, edge) + gap / 2;
        }
        return (axis.getCategoryEnd(k - 1, categories, area, edge) + axis.getCategoryStart(k, categories, area, edge))
                / 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryBoundaryLine that && that.canEqual(this) && position == that.position
                && Objects.equals(paint, that.paint) && Objects.equals(stroke, that.stroke) && super.equals(other);
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof CategoryBoundaryLine;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), position, paint, stroke);
    }
}
