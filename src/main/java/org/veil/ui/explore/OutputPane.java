package org.veil.ui.explore;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.veil.engine.search.Transformed;
import org.veil.ui.data.DatasetTableView;

/** The released data of the selected transformation, as it would be exported. */
final class OutputPane {

    private static final String ABOUT = "The data as released by the selected transformation: identifiers removed,"
            + " quasi-identifiers generalized, * for the quasi-identifiers of suppressed records."
            + " File › Export Output (Ctrl+E) writes it.";

    private final BorderPane root = new BorderPane();

    OutputPane(ExploreViewModel viewModel) {
        Label note = new Label(ABOUT);
        note.setWrapText(true);
        note.getStyleClass().add("output-note");
        note.setId("output-note");
        DatasetTableView table = new DatasetTableView((column, type) -> note.setText("The output's column types"
                + " follow the input's: change them in the Data step."));
        table.node().setId("output-table");
        table.setPlaceholder("Select a transformation to see its output.");
        viewModel.selectedProperty().addListener((o, old, now) -> show(table, now));
        show(table, viewModel.selectedProperty().get());
        BorderPane.setMargin(note, new Insets(6, 8, 6, 8));
        root.setTop(note);
        root.setCenter(table.node());
    }

    private static void show(DatasetTableView table, Transformed selected) {
        table.show(selected == null ? null : selected.output());
    }

    Node node() {
        return root;
    }
}
