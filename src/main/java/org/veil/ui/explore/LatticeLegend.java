package org.veil.ui.explore;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;

/** The lattice's legend: each state's colour with its count, the optimum's star and the selection ring. */
final class LatticeLegend {

    private final FlowPane pane = new FlowPane(12, 4);

    LatticeLegend() {
        pane.getStyleClass().add("lattice-legend");
        show(null);
    }

    FlowPane node() {
        return pane;
    }

    /** Shows the colours with the counts of a solution space, or without counts for {@code null}. */
    void show(SolutionSpace space) {
        pane.getChildren().clear();
        for (NodeState state : NodeState.values()) {
            Circle swatch = new Circle(6, StatePalette.fill(state));
            swatch.setStroke(StatePalette.outline(state));
            String count = space == null ? "" : String.format(" (%,d)", space.count(state));
            pane.getChildren().add(item(swatch, NodeStateText.label(state) + count, NodeStateText.explanation(state)));
        }
        pane.getChildren().add(item(star(), "Optimum", "The transformation with the best metric value among the"
                + " anonymous ones."));
        Circle ring = new Circle(6, null);
        ring.setStroke(StatePalette.SELECTED);
        ring.setStrokeWidth(2.5);
        pane.getChildren().add(item(ring, "Selected", "The transformation shown in the panel, the output and the"
                + " comparison. A dashed ring: being applied."));
        Label rows = new Label("Rows: height (sum of levels), 0 at the bottom");
        rows.getStyleClass().add("legend-note");
        rows.setTooltip(new Tooltip("Each row holds the transformations whose levels add up to the number at its"
                + " left. Lines join a transformation to those one level above or below it."));
        pane.getChildren().add(rows);
    }

    private static Label item(Node graphic, String text, String tooltip) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("legend-item");
        Tooltip tip = new Tooltip(tooltip);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        label.setTooltip(tip);
        return label;
    }

    private static Polygon star() {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 8 : 3.6;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            star.getPoints().addAll(radius * Math.cos(angle), radius * Math.sin(angle));
        }
        star.setFill(StatePalette.OPTIMUM);
        star.setStroke(StatePalette.OPTIMUM_OUTLINE);
        return star;
    }
}
