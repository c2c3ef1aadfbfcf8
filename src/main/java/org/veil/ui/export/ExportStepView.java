package org.veil.ui.export;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.veil.ui.common.BackgroundWork;

/** The Export step: what will be written, the format and its options, and the Export button. */
public final class ExportStepView {

    private final VBox root = new VBox(14);

    public ExportStepView(ExportViewModel viewModel, BackgroundWork work) {
        Label heading = new Label("Export");
        heading.getStyleClass().add("step-heading");
        Label summary = new Label();
        summary.setId("export-summary");
        summary.setWrapText(true);
        summary.setMaxWidth(720);
        summary.textProperty().bind(viewModel.summaryProperty());
        Button export = new Button("Export…");
        export.setId("export-button");
        export.getStyleClass().add("accent-button");
        export.setTooltip(new Tooltip("Choose the file to write; the file the data came from is never overwritten"));
        export.setOnAction(e -> viewModel.exportWithOptions());
        export.disableProperty().bind(work.busyProperty().or(viewModel.options().validProperty().not()));
        root.getChildren().addAll(heading, summary, ExportOptionsForm.create(viewModel.options()), export);
        root.setPadding(new Insets(10, 14, 14, 14));
    }

    public Node node() {
        return root;
    }
}
