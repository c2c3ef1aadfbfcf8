package org.veil.ui.export;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** The export dialog: the format and, for CSV, delimiter, encoding, quoting, line endings, safety. */
public final class ExportDialogView {

    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ExportSettings> dialog = new Dialog<>();

    public ExportDialogView(ExportDialogViewModel viewModel, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Export dataset");
        dialog.setHeaderText("Export the dataset to a new file");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(ExportOptionsForm.create(viewModel));
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.disableProperty().bind(viewModel.validProperty().not());
        dialog.setResultConverter(button -> button == EXPORT ? viewModel.settings() : null);
    }

    public static ExportDialogLauncher launcher(Window owner) {
        return viewModel -> new ExportDialogView(viewModel, owner).showAndWait();
    }

    public Optional<ExportSettings> showAndWait() {
        return dialog.showAndWait();
    }
}
