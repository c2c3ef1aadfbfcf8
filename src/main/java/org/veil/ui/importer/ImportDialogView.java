package org.veil.ui.importer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.InvalidValue;
import org.veil.io.DatasetReadException;
import org.veil.io.Encodings;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;
import org.veil.ui.data.DatasetTableView;

/**
 * The import dialog: read settings on the left, a live preview of the first rows on the right.
 * The preview shows each column's type; clicking a type badge changes it for the import.
 */
public final class ImportDialogView {

    public static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private final ImportDialogViewModel viewModel;
    private final Dialog<ImportRequest> dialog = new Dialog<>();
    private final DatasetTableView previewTable;
    private final Label problems = new Label();

    public ImportDialogView(ImportDialogViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.previewTable = new DatasetTableView((column, type) -> {
            viewModel.chooseType(viewModel.previewProperty().get().column(column).name(), type);
            showPreview();
        });
        dialog.initOwner(owner);
        dialog.setTitle("Import " + viewModel.source().name());
        dialog.setHeaderText("Import " + viewModel.source().name() + " — " + viewModel.format().description());
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(ImportDialogView.class.getResource("/org/veil/ui/veil.css")
                .toExternalForm());
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setPrefSize(1040, 660);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(IMPORT);
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        dialog.setResultConverter(button -> button == IMPORT ? request() : null);
        viewModel.previewProperty().addListener((o, old, now) -> showPreview());
        viewModel.errorProperty().addListener((o, old, now) -> showPreview());
        viewModel.typeOverrides().addListener((MapChangeListener<String, Object>) c -> showPreview());
        showPreview();
    }

    /** A launcher that shows this dialog modally over {@code owner}. */
    public static ImportDialogLauncher launcher(Window owner) {
        return viewModel -> new ImportDialogView(viewModel, owner).showAndWait();
    }

    public Optional<ImportRequest> showAndWait() {
        return dialog.showAndWait();
    }

    private ImportRequest request() {
        try {
            return viewModel.toRequest();
        } catch (DatasetReadException e) {
            return null; // cannot happen: Import is disabled while the settings do not read
        }
    }

    private Node content() {
        VBox settings = new VBox(12, settingsGrid());
        settings.setPrefWidth(300);
        settings.setMinWidth(280);

        Label previewTitle = new Label("Preview of the first " + ImportService.PREVIEW_ROWS
                + " rows — click a column's type to change it");
        previewTitle.getStyleClass().add("section-title");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        problems.getStyleClass().add("warning-text");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        VBox.setVgrow(previewTable.node(), Priority.ALWAYS);
        VBox preview = new VBox(8, new HBox(8, previewTitle, loading), error, problems, previewTable.node());

        BorderPane content = new BorderPane();
        content.setLeft(settings);
        content.setCenter(preview);
        BorderPane.setMargin(preview, new Insets(0, 0, 0, 16));
        return content;
    }

    private GridPane settingsGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(10);
        int row = 0;
        if (viewModel.isSpreadsheet()) {
            ComboBox<String> sheet = new ComboBox<>(viewModel.sheets());
            sheet.valueProperty().bindBidirectional(viewModel.sheetProperty());
            grid.addRow(row++, new Label("Sheet"), sheet);
            Spinner<Integer> firstRow = new Spinner<>(1, 1_048_576, viewModel.firstRowProperty().get());
            firstRow.setEditable(true);
            firstRow.setPrefWidth(110);
            firstRow.valueProperty().addListener((o, old, now) -> viewModel.firstRowProperty().set(now));
            firstRow.setTooltip(new Tooltip("The sheet row where the table starts (its header row, if it has one)."
                    + " Rows above it are skipped."));
            grid.addRow(row++, new Label("Start at row"), firstRow);
        } else {
            ComboBox<String> charset = new ComboBox<>();
            charset.getItems().setAll(Encodings.COMMON);
            charset.setEditable(true);
            charset.valueProperty().bindBidirectional(viewModel.charsetProperty());
            charset.setTooltip(new Tooltip("The text encoding. Detected from the file; change it if letters such as"
                    + " ü or é look wrong. You may type any encoding Java knows."));
            grid.addRow(row++, new Label("Encoding"), charset);
            ComboBox<DelimiterChoice> delimiter = new ComboBox<>();
            delimiter.getItems().setAll(DelimiterChoice.values());
            delimiter.valueProperty().bindBidirectional(viewModel.delimiterProperty());
            grid.addRow(row++, new Label("Delimiter"), delimiter);
            ComboBox<QuoteChoice> quote = new ComboBox<>();
            quote.getItems().setAll(QuoteChoice.values());
            quote.valueProperty().bindBidirectional(viewModel.quoteProperty());
            quote.setTooltip(new Tooltip("Values holding the delimiter or line breaks are enclosed in this character."));
            grid.addRow(row++, new Label("Quote"), quote);
        }
        CheckBox header = new CheckBox("First row holds column names");
        header.selectedProperty().bindBidirectional(viewModel.headerProperty());
        grid.add(header, 0, row++, 2, 1);
        if (!viewModel.isSpreadsheet()) {
            CheckBox trim = new CheckBox("Remove spaces around values");
            trim.selectedProperty().bindBidirectional(viewModel.trimValuesProperty());
            grid.add(trim, 0, row++, 2, 1);
        }
        Label missingTitle = new Label("Missing values");
        missingTitle.getStyleClass().add("section-title");
        grid.add(missingTitle, 0, row++, 2, 1);
        CheckBox empty = new CheckBox("Empty cells are missing");
        empty.selectedProperty().bindBidirectional(viewModel.emptyIsMissingProperty());
        grid.add(empty, 0, row++, 2, 1);
        TextField tokens = new TextField();
        tokens.textProperty().bindBidirectional(viewModel.otherMissingTokensProperty());
        tokens.setPromptText("e.g. NA, ?");
        tokens.setTooltip(new Tooltip("Cell texts that mean 'no value', separated by commas. They are compared"
                + " exactly, so 'NA' does not match 'na'."));
        grid.addRow(row, new Label("Also missing"), tokens);
        GridPane.setHgrow(tokens, Priority.ALWAYS);
        return grid;
    }

    private void showPreview() {
        previewTable.setPlaceholder(viewModel.errorProperty().get().isEmpty() ? "Reading the first rows…"
                : "No preview: these settings do not read the file (see the message above).");
        previewTable.show(viewModel.previewProperty().get() == null ? null
                : retyped(viewModel.previewProperty().get()));
        String text = viewModel.typeOverrides().keySet().stream().sorted()
                .map(column -> describeInvalid(column, viewModel.invalidPreviewValues(column)))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("\n"));
        problems.setText(text);
        problems.setVisible(!text.isEmpty());
    }

    /** The preview with the chosen types shown in the headers. */
    private Dataset retyped(Dataset preview) {
        Dataset shown = preview;
        for (int i = 0; i < preview.columnCount(); i++) {
            shown = shown.withColumnType(i, viewModel.typeOf(preview.column(i).name()));
        }
        return shown;
    }

    private static String describeInvalid(String column, List<InvalidValue> invalid) {
        if (invalid.isEmpty()) {
            return "";
        }
        String examples = invalid.stream().limit(5).map(v -> "'" + v.value() + "'").collect(Collectors.joining(", "));
        return String.format("Column '%s': %d value%s in the preview %s not valid under the chosen type: %s",
                column, invalid.size(), invalid.size() == 1 ? "" : "s", invalid.size() == 1 ? "is" : "are", examples);
    }
}
