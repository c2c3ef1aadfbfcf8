package org.veil.ui.export;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.veil.io.Encodings;
import org.veil.service.FileFormat;
import org.veil.ui.importer.DelimiterChoice;

/** The export dialog: the format and, for CSV, delimiter, encoding, quoting, line endings, safety. */
public final class ExportDialogView {

    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private final Dialog<ExportSettings> dialog = new Dialog<>();

    public ExportDialogView(ExportDialogViewModel viewModel, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle("Export dataset");
        dialog.setHeaderText("Export the dataset to a new file");
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(viewModel));
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

    private static GridPane form(ExportDialogViewModel viewModel) {
        ComboBox<FileFormat> format = new ComboBox<>();
        format.getItems().setAll(FileFormat.CSV, FileFormat.XLSX);
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        ComboBox<DelimiterChoice> delimiter = new ComboBox<>();
        delimiter.getItems().setAll(DelimiterChoice.values());
        delimiter.valueProperty().bindBidirectional(viewModel.delimiterProperty());
        ComboBox<String> charset = new ComboBox<>();
        charset.getItems().setAll(Encodings.COMMON);
        charset.setEditable(true);
        charset.valueProperty().bindBidirectional(viewModel.charsetProperty());
        ComboBox<ExportDialogViewModel.LineEnding> lineEnding = new ComboBox<>();
        lineEnding.getItems().setAll(ExportDialogViewModel.LineEnding.values());
        lineEnding.valueProperty().bindBidirectional(viewModel.lineEndingProperty());
        CheckBox quoteAll = new CheckBox("Quote every value");
        quoteAll.selectedProperty().bindBidirectional(viewModel.quoteAllProperty());
        CheckBox neutralise = new CheckBox("Protect against spreadsheet formulas");
        neutralise.selectedProperty().bindBidirectional(viewModel.neutraliseFormulasProperty());
        neutralise.setTooltip(new Tooltip("Cells starting with = + - @ get a leading apostrophe, so Excel or"
                + " LibreOffice show them as text instead of running them (CSV injection). Plain numbers such as"
                + " -12.5 are left alone."));
        TextField missing = new TextField();
        missing.textProperty().bindBidirectional(viewModel.missingTextProperty());
        missing.setPromptText("empty");
        missing.setTooltip(new Tooltip("What a missing value is written as, e.g. nothing or NA"));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.charsetErrorProperty());
        error.visibleProperty().bind(viewModel.charsetErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("Delimiter"), delimiter);
        grid.addRow(2, new Label("Encoding"), charset);
        grid.addRow(3, new Label("Line endings"), lineEnding);
        grid.add(quoteAll, 0, 4, 2, 1);
        grid.add(neutralise, 0, 5, 2, 1);
        grid.addRow(6, new Label("Missing values as"), missing);
        grid.add(error, 0, 7, 2, 1);
        // CSV settings mean nothing for a workbook.
        for (javafx.scene.Node node : new javafx.scene.Node[] {delimiter, charset, lineEnding, quoteAll, neutralise,
            missing}) {
            node.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(FileFormat.CSV));
        }
        return grid;
    }
}
