package org.veil.ui.compare;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.veil.ui.compare.CompareTable.Side;

/**
 * The input and the selected output side by side: row i next to row i, scrolled and selected
 * together; generalized values tinted, suppressed records hatched with an icon, removed
 * identifiers greyed; a legend and buttons to step through the suppressed records.
 */
public final class CompareView {

    private final CompareViewModel viewModel;
    private final CompareTable input = new CompareTable(Side.INPUT);
    private final CompareTable output = new CompareTable(Side.OUTPUT);
    private final BorderPane root = new BorderPane();
    private boolean syncingSelection;

    public CompareView(CompareViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("compare-view");
        root.getStylesheets().add(CompareView.class.getResource("/org/veil/ui/compare.css").toExternalForm());
        input.node().setId("compare-input");
        output.node().setId("compare-output");
        root.setTop(header());
        SplitPane sides = new SplitPane(side("Input", input.node()), side("Output", output.node()));
        root.setCenter(sides);
        ScrollSync.bind(input.node(), output.node());
        syncSelection(input.node(), output.node());
        syncSelection(output.node(), input.node());
        viewModel.comparisonProperty().addListener((o, old, now) -> show(now));
        show(viewModel.comparisonProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(Comparison comparison) {
        input.show(comparison);
        output.show(comparison);
        var left = input.node().getColumns();
        var right = output.node().getColumns();
        for (int i = 0; i < left.size(); i++) {
            keepSameWidth(left.get(i), right.get(i));
        }
    }

    private static void keepSameWidth(TableColumn<Integer, ?> a, TableColumn<Integer, ?> b) {
        a.widthProperty().addListener((o, old, width) -> b.setPrefWidth(width.doubleValue()));
        b.widthProperty().addListener((o, old, width) -> a.setPrefWidth(width.doubleValue()));
    }

    private void syncSelection(TableView<Integer> from, TableView<Integer> to) {
        from.getSelectionModel().selectedIndexProperty().addListener((o, old, row) -> {
            if (syncingSelection) {
                return;
            }
            syncingSelection = true;
            to.getSelectionModel().clearAndSelect(row.intValue());
            syncingSelection = false;
        });
    }

    private static VBox side(String title, TableView<Integer> table) {
        Label label = new Label(title);
        label.getStyleClass().add("side-title");
        VBox box = new VBox(4, label, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(0, 2, 0, 2));
        return box;
    }

    private VBox header() {
        Label summary = new Label();
        summary.getStyleClass().add("compare-summary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setMinWidth(0);
        Button previous = jumpButton("◀ Previous suppressed", "compare-previous-suppressed", false);
        Button next = jumpButton("Next suppressed ▶", "compare-next-suppressed", true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, summary, spacer, previous, next);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, top, legend());
        header.setPadding(new Insets(6, 4, 6, 4));
        return header;
    }

    private Button jumpButton(String text, String id, boolean forward) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip("Scroll both tables to the " + (forward ? "next" : "previous")
                + " suppressed record"));
        button.disableProperty().bind(viewModel.comparisonProperty().isNull());
        button.setOnAction(e -> {
            int from = input.node().getSelectionModel().getSelectedIndex();
            int row = forward ? viewModel.nextSuppressed(from) : viewModel.previousSuppressed(from < 0 ? 0 : from);
            if (row >= 0) {
                input.node().getSelectionModel().clearAndSelect(row);
                input.node().scrollTo(Math.max(0, row - 3));
            }
        });
        return button;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(14, 4,
                legendItem("generalized-swatch", "Generalized value",
                        "The output shows this quasi-identifier coarser than the input (e.g. 1980 → 1980-1984)."),
                legendItem("suppressed-swatch", "Suppressed record",
                        "Every quasi-identifier of this record is released as *; its other values are kept."),
                legendItem("removed-swatch", "Removed identifier",
                        "Identifying columns are not in the output at all; shown here for reference."));
        legend.getStyleClass().add("compare-legend");
        return legend;
    }

    private static Label legendItem(String swatchClass, String text, String tooltip) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", swatchClass);
        Label item = new Label(text, swatch);
        item.setTooltip(new Tooltip(tooltip));
        return item;
    }
}
