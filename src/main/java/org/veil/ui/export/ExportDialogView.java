package org.veil.ui.export;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The export dialog: what will be written (the selected solution, or the data as imported), then the
 * format and, for CSV, delimiter, encoding, quoting, line endings, safety.
 */
public final class ExportDialogView {

    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    /** Wide enough for the summary in three or four lines; the options below are narrower. */
    private static final double SUMMARY_WIDTH = 440;

    private final Dialog<ExportSettings> dialog = new Dialog<>();

    public ExportDialogView(ExportDialogViewModel viewModel, String summary, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Export output");
        dialog.setHeaderText("Export to a new file");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        Label what = new Label(summary);
        what.setId("export-dialog-summary");
        what.setWrapText(true);
        what.setMaxWidth(SUMMARY_WIDTH);
        dialog.getDialogPane().setContent(new VBox(12, what, ExportOptionsForm.create(viewModel)));
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.disableProperty().bind(viewModel.validProperty().not());
        dialog.setResultConverter(button -> button == EXPORT ? viewModel.settings() : null);
    }

    public static ExportDialogLauncher launcher(Window owner) {
        return (viewModel, summary) -> new ExportDialogView(viewModel, summary, owner).showAndWait();
    }

    public Optional<ExportSettings> showAndWait() {
        return dialog.showAndWait();
    }
}
