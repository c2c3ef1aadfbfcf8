package org.veil.ui.explore;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The lattice with its zoom buttons above and its legend below. */
final class LatticePanel {

    private static final double ZOOM_STEP = 1.6;

    private final BorderPane root = new BorderPane();
    private final LatticeView lattice;

    LatticePanel(ExploreViewModel viewModel) {
        lattice = new LatticeView(viewModel);
        LatticeLegend legend = new LatticeLegend();
        if (viewModel.outcomeProperty().get() != null) {
            legend.show(viewModel.outcomeProperty().get().result().space());
        }
        viewModel.outcomeProperty().addListener((o, old, now) -> legend.show(now == null ? null
                : now.result().space()));
        root.getStyleClass().add("lattice-panel");
        root.setTop(toolbar(viewModel));
        root.setCenter(lattice);
        root.setBottom(legend.node());
        BorderPane.setMargin(legend.node(), new Insets(4, 6, 4, 6));
    }

    BorderPane node() {
        return root;
    }

    LatticeView lattice() {
        return lattice;
    }

    private HBox toolbar(ExploreViewModel viewModel) {
        Button fit = button("Fit", "lattice-fit", "Show the whole width of the lattice", lattice::fit);
        Button out = button("−", "lattice-zoom-out", "Zoom out (or scroll the mouse wheel)",
                () -> lattice.zoom(1 / ZOOM_STEP));
        Button in = button("+", "lattice-zoom-in", "Zoom in (or scroll the mouse wheel over the lattice)",
                () -> lattice.zoom(ZOOM_STEP));
        Label zoom = new Label();
        zoom.getStyleClass().add("zoom-label");
        zoom.textProperty().bind(Bindings.format("%.0f %%", lattice.zoomProperty().multiply(100)));
        zoom.setTooltip(new Tooltip("Horizontal zoom; 100 % shows the whole width"));
        Label hint = new Label("Scroll to zoom · drag to pan · click a transformation to select it");
        hint.getStyleClass().add("lattice-hint");
        hint.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, fit, out, in, zoom, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        bar.disableProperty().bind(viewModel.layoutProperty().isNull());
        return bar;
    }

    private static Button button(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
