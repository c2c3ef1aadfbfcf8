package org.veil.ui.explore;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Tells a drag from a click on a node: a press followed by moves within a few pixels is a click;
 * beyond that, every move reports how far it went, and the release is no click.
 */
final class DragOrClick {

    /** Moves within this distance of the press still make a click. */
    static final double THRESHOLD = 4;

    interface Listener {
        void dragged(double dx, double dy);

        void clicked(double x, double y);
    }

    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    void install(Node node, Listener listener) {
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = lastX = e.getX();
            pressY = lastY = e.getY();
            dragging = false;
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragging |= Math.hypot(e.getX() - pressX, e.getY() - pressY) > THRESHOLD;
            if (dragging) {
                listener.dragged(e.getX() - lastX, e.getY() - lastY);
            }
            lastX = e.getX();
            lastY = e.getY();
        });
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!dragging) {
                listener.clicked(e.getX(), e.getY());
            }
            dragging = false;
        });
    }

    boolean isDragging() {
        return dragging;
    }
}
