package org.veil.ui.explore;

import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.veil.engine.search.SolutionSpace;

/**
 * The lattice drawing: a canvas the size of the view, redrawn (visible nodes only) when the view,
 * the zoom or the marks change. Wheel zooms about the cursor, dragging pans, a click selects, and
 * hovering shows a card describing the transformation. Shows a message instead of a drawing when
 * the lattice is too large.
 */
public final class LatticeView extends StackPane {

    private final ExploreViewModel viewModel;
    private final LatticeRenderer renderer = new LatticeRenderer();
    private final Canvas canvas = new Canvas();
    private final Pane canvasHolder = new Pane(canvas);
    private final HoverCard hoverCard = new HoverCard();
    private final DragOrClick gesture = new DragOrClick();
    private final Label message = new Label();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private LatticeViewport viewport;
    private int hovered = -1;
    private int lastDrawn;

    public LatticeView(ExploreViewModel viewModel) {
        this.viewModel = viewModel;
        setId("lattice");
        getStyleClass().add("lattice-view");
        canvas.setId("lattice-canvas");
        canvasHolder.setMinSize(0, 0);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> resized());
        canvas.heightProperty().addListener(o -> resized());
        message.getStyleClass().add("lattice-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.tooLargeProperty());
        message.visibleProperty().bind(viewModel.tooLargeProperty().isNotEmpty());
        canvasHolder.visibleProperty().bind(viewModel.layoutProperty().isNotNull());
        getChildren().addAll(canvasHolder, message, hoverCard.node());
        setMinSize(0, 0);
        listen();
        layoutChanged(viewModel.layoutProperty().get());
    }

    private void listen() {
        viewModel.layoutProperty().addListener((o, old, now) -> layoutChanged(now));
        viewModel.selectedNodeProperty().addListener(o -> redraw());
        viewModel.pendingNodeProperty().addListener(o -> redraw());
        viewModel.requestedNodeProperty().addListener((o, old, now) -> reveal(now.intValue()));
        gesture.install(canvas, new DragOrClick.Listener() {
            @Override
            public void dragged(double dx, double dy) {
                pan(dx, dy);
            }

            @Override
            public void clicked(double x, double y) {
                select(x, y);
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (viewport != null && e.getDeltaY() != 0) {
                zoomAt(Math.exp(e.getDeltaY() / 240), e.getX());
            }
            e.consume();
        });
    }

    private void layoutChanged(LatticeLayout layout) {
        viewport = layout == null ? null : new LatticeViewport(layout.widest(), layout.rowCount());
        hovered = -1;
        hoverCard.hide();
        resized();
        reveal(viewModel.requestedNodeProperty().get());
    }

    private void resized() {
        if (viewport != null) {
            viewport.resize(canvas.getWidth(), canvas.getHeight());
        }
        redraw();
    }

    /** Zooms by a factor about a point of the canvas. */
    public void zoomAt(double factor, double x) {
        if (viewport != null) {
            viewport.zoomAt(factor, x);
            redraw();
        }
    }

    /** Zooms about the middle of the view (the zoom buttons). */
    public void zoom(double factor) {
        zoomAt(factor, (LatticeViewport.GUTTER + canvas.getWidth()) / 2);
    }

    /** Shows the whole width of the lattice. */
    public void fit() {
        if (viewport != null) {
            viewport.fit();
            reveal(viewModel.requestedNodeProperty().get());
            redraw();
        }
    }

    /** The zoom relative to the fitted view, 1 when the whole width shows. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    private void reveal(int node) {
        LatticeLayout layout = viewModel.layoutProperty().get();
        if (viewport != null && layout != null && node >= 0) {
            viewport.reveal(layout.x(node), layout.height(node));
        }
        redraw();
    }

    /** Where a transformation is drawn, in the canvas's coordinates, if it is drawn and in view. */
    public Optional<Point2D> centreOf(int node) {
        LatticeLayout layout = viewModel.layoutProperty().get();
        if (viewport == null || layout == null || node < 0) {
            return Optional.empty();
        }
        Point2D point = new Point2D(viewport.screenX(layout.x(node)), viewport.screenY(layout.height(node)));
        return canvas.getLayoutBounds().contains(point) ? Optional.of(point) : Optional.empty();
    }

    /** How many transformations the last redraw drew: those in view, not the whole lattice. */
    int lastDrawnCount() {
        return lastDrawn;
    }

    public Canvas canvas() {
        return canvas;
    }

    private void pan(double dx, double dy) {
        if (viewport != null) {
            viewport.pan(dx, dy);
            canvas.setCursor(Cursor.CLOSED_HAND);
            hover(-1, -1);
            redraw();
        }
    }

    private void select(double x, double y) {
        LatticeLayout layout = viewModel.layoutProperty().get();
        int node = viewport == null || layout == null ? -1 : LatticeHitTest.nodeAt(layout, viewport, x, y);
        if (node >= 0) {
            viewModel.select(node);
        }
    }

    private void hover(double x, double y) {
        LatticeLayout layout = viewModel.layoutProperty().get();
        int node = viewport == null || layout == null || x < 0 ? -1 : LatticeHitTest.nodeAt(layout, viewport, x, y);
        if (!gesture.isDragging()) {
            canvas.setCursor(node >= 0 ? Cursor.HAND : Cursor.DEFAULT);
        }
        if (node >= 0) {
            hoverCard.show(viewModel.describe(node) + "\nClick to select it.", x, y, this);
        } else {
            hoverCard.hide();
        }
        if (node != hovered) {
            hovered = node;
            redraw();
        }
    }

    private void redraw() {
        LatticeLayout layout = viewModel.layoutProperty().get();
        var outcome = viewModel.outcomeProperty().get();
        if (viewport == null || layout == null || outcome == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            lastDrawn = 0;
            return;
        }
        zoom.set(viewport.zoom());
        SolutionSpace space = outcome.result().space();
        int pending = viewModel.pendingNodeProperty().get();
        lastDrawn = renderer.draw(canvas.getGraphicsContext2D(), layout, viewport, space, new LatticeRenderer.Marks(
                space.optimum(), viewModel.selectedNodeProperty().get(), pending, hovered));
    }
}
