package org.veil.ui.export;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.veil.io.Encodings;
import org.veil.service.FileFormat;
import org.veil.ui.importer.DelimiterChoice;

/** The export options as a form, shown in the export dialog and in the Export step. */
public final class ExportOptionsForm {

    private ExportOptionsForm() {
    }

    public static GridPane create(ExportDialogViewModel viewModel) {
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
        for (Node node : new Node[] {delimiter, charset, lineEnding, quoteAll, neutralise,
            missing}) {
            node.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(FileFormat.CSV));
        }
        return grid;
    }
}
