package org.veil.ui.explore;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A tooltip-like card that follows the pointer over the lattice, placed beside it and kept inside
 * its container. A label in the container rather than a Tooltip, so it updates as the pointer moves
 * from node to node without the tooltip's delay.
 */
final class HoverCard {

    private static final double OFFSET = 16;
    private static final double INSET = 4;

    private final Label card = new Label();

    HoverCard() {
        card.getStyleClass().add("lattice-hover-card");
        card.setManaged(false);
        card.setVisible(false);
        card.setMouseTransparent(true);
    }

    Label node() {
        return card;
    }

    /** Shows a text next to a point of the container. */
    void show(String text, double x, double y, Region container) {
        card.setText(text);
        card.applyCss();
        card.autosize();
        double cardX = x + OFFSET + card.getWidth() > container.getWidth() ? x - OFFSET - card.getWidth() : x + OFFSET;
        double cardY = Math.min(y + OFFSET, container.getHeight() - card.getHeight() - INSET);
        card.relocate(Math.max(INSET, cardX), Math.max(INSET, cardY));
        card.setVisible(true);
    }

    void hide() {
        card.setVisible(false);
    }
}
