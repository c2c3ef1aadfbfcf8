package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartCanvas;
import org.veil.engine.utility.AttributeUtility;
import org.veil.engine.utility.ClassificationUtility;
import org.veil.engine.utility.ContingencyTable;
import org.veil.ui.charts.ChartPane;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;
import org.veil.ui.common.RightAlignedCell;

/**
 * How useful the selected output still is, next to the input, in five sections one under the other:
 * loss per quasi-identifier, summary statistics, the distribution of a chosen column, the
 * contingency table of two chosen columns as a heatmap, and a classifier's accuracy on demand.
 */
public final class UtilityView {

    private static final double ROW_HEIGHT = 24;
    private static final double CHART_HEIGHT = 340;

    private final UtilityViewModel viewModel;
    private final ScrollPane root;
    private final ChartPane attributeChart;
    private final ChartPane distributionChart;
    private final ChartPane contingencyChart;
    private final ChartPane classificationChart;
    private final TableView<ComparisonTable.Row> distributionTable = ComparisonTable.create(
            "utility-distribution-table", "Value");
    private final TableView<CellRow> contingencyTable = new TableView<>();
    private final TableView<Figure> accuracyTable = new TableView<>();
    private final ToggleGroup contingencySide = new ToggleGroup();

    /** The view on the anonymization's input and selected output, for the Analyze step. */
    public static Node create(AnonymizationModel anonymization, WorkspaceModel workspace, TaskRunner tasks,
            DialogService dialogs) {
        return new UtilityView(new UtilityViewModel(anonymization, workspace, tasks), dialogs).node();
    }

    public UtilityView(UtilityViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        attributeChart = new ChartPane("utility-attribute-chart", "utility-per-attribute", null, dialogs);
        distributionChart = new ChartPane("utility-distribution-chart", "utility-distribution", distributionTable,
                dialogs);
        contingencyChart = new ChartPane("utility-contingency-chart", "utility-contingency", contingencyTable, dialogs);
        classificationChart = new ChartPane("utility-classification-chart", "utility-classification", accuracyTable,
                dialogs);

        Label message = new Label();
        message.setId("utility-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());

        VBox content = new VBox(22, message, attributeSection(), statisticsSection(), distributionSection(),
                contingencySection(), classificationSection());
        content.setPadding(new Insets(10, 14, 18, 14));
        content.setFillWidth(true);
        root = new ScrollPane(content);
        root.setId("utility-view");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        viewModel.attributes().addListener((ListChangeListener<AttributeUtility>) c -> showAttributes());
        viewModel.distributionProperty().addListener((o, old, now) -> showDistribution());
        viewModel.contingencyProperty().addListener((o, old, now) -> showContingency());
        contingencySide.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one side is always shown
            } else {
                showContingency();
            }
        });
        viewModel.classificationProperty().addListener((o, old, now) -> showClassification());
        viewModel.comparingProperty().addListener((o, old, now) -> showAll());
        showAll();
    }

    private void showAll() {
        showAttributes();
        showDistribution();
        showContingency();
        showClassification();
    }

    // ---- 1. Quasi-identifiers ----

    private Node attributeSection() {
        TableView<UtilityRows.AttributeRow> table = new TableView<>(viewModel.attributeRows());
        table.setId("utility-attribute-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Quasi-identifier", UtilityRows.AttributeRow::attribute, false, 150,
                "The quasi-identifying column"));
        table.getColumns().add(text("Level / height", UtilityRows.AttributeRow::level, true, 100,
                "The level of the hierarchy released, of its highest level"));
        table.getColumns().add(text("Generalization intensity", UtilityRows.AttributeRow::intensity, true, 160,
                "Level / height: 0 % released as is, 100 % fully generalized"));
        table.getColumns().add(text("Distinct values", UtilityRows.AttributeRow::distinct, true, 130,
                "Distinct values present in the input → their generalizations at the level"));
        table.getColumns().add(text("Missing or suppressed", UtilityRows.AttributeRow::missingOrSuppressed, true, 160,
                "Share of the cells released missing or suppressed (*)"));
        table.getColumns().add(text("Non-uniform entropy (bits)", UtilityRows.AttributeRow::entropy, true, 180,
                "Information lost by generalization and suppression, in bits over all records"));
        table.getColumns().add(text("Loss", UtilityRows.AttributeRow::loss, true, 90,
                "Mean loss of a cell: 0 % kept exact, 100 % fully generalized or suppressed"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(UtilityRows.AttributeRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.explanation()));
            }
        });
        table.setPlaceholder(new Label("Nothing to compare yet"));
        fitToRows(table, Bindings.size(viewModel.attributeRows()), 4);
        return section("Quasi-identifiers",
                "How far each quasi-identifier was generalized and how much information it lost.", table,
                sized(attributeChart.node(), 300));
    }

    private void showAttributes() {
        if (viewModel.attributes().isEmpty()) {
            attributeChart.show(null, emptyMessage());
        } else {
            attributeChart.show(UtilityCharts.attributes(List.copyOf(viewModel.attributes())), "");
        }
    }

    // ---- 2. Summary statistics ----

    private Node statisticsSection() {
        TableView<UtilityRows.StatisticRow> table = new TableView<>(viewModel.statistics());
        table.setId("utility-statistics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<UtilityRows.StatisticRow, String> column = text("Column", UtilityRows.StatisticRow::column, false,
                170, "The released column");
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setStyle("-fx-font-weight: bold;");
            }
        });
        table.getColumns().add(column);
        table.getColumns().add(text("Statistic", UtilityRows.StatisticRow::statistic, false, 170, null));
        table.getColumns().add(text("Input", UtilityRows.StatisticRow::input, true, 300, null));
        table.getColumns().add(text("Selected output", UtilityRows.StatisticRow::output, true, 300,
                "Generalized numbers count as the midpoint of their range; * counts as suppressed"));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setPlaceholder(new Label("Nothing to compare yet"));
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(14 * ROW_HEIGHT + 30);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return section("Summary statistics",
                "Every released column before and after: count, distinct values and mode; min, max, mean, median"
                        + " and standard deviation for numbers (a generalized number stands for the midpoint of"
                        + " its range).", table);
    }

    // ---- 3. Distribution ----

    private Node distributionSection() {
        ComboBox<String> column = new ComboBox<>(viewModel.columns());
        column.setId("utility-distribution-column");
        column.valueProperty().bindBidirectional(viewModel.distributionColumnProperty());
        column.setTooltip(new Tooltip("The column whose values are counted"));
        HBox controls = new HBox(8, new Label("Column"), column);
        controls.setAlignment(Pos.CENTER_LEFT);
        distributionTable.setPrefWidth(300);
        return section("Distribution", "How often each value occurs in the input and in the output: the "
                + UtilityViewModel.DISTRIBUTION_TOP + " most frequent values of each side, the rest as "
                + UtilityRows.OTHERS + ".", controls, sized(distributionChart.node(), CHART_HEIGHT));
    }

    private void showDistribution() {
        UtilityRows.DistributionComparison data = viewModel.distributionProperty().get();
        if (data == null) {
            distributionChart.show(null, emptyMessage());
            distributionTable.getItems().clear();
            return;
        }
        distributionChart.show(UtilityCharts.distribution(data), "");
        distributionTable.getItems().setAll(ComparisonTable.rows(data.input(), data.output(),
                value -> String.format("%,d", value.longValue())));
    }

    // ---- 4. Contingency ----

    private Node contingencySection() {
        ComboBox<String> rows = new ComboBox<>(viewModel.columns());
        rows.setId("utility-contingency-rows");
        rows.valueProperty().bindBidirectional(viewModel.rowColumnProperty());
        ComboBox<String> columns = new ComboBox<>(viewModel.columns());
        columns.setId("utility-contingency-columns");
        columns.valueProperty().bindBidirectional(viewModel.columnColumnProperty());
        ToggleButton input = new ToggleButton("Input");
        input.setId("utility-contingency-input");
        input.setToggleGroup(contingencySide);
        ToggleButton output = new ToggleButton("Selected output");
        output.setId("utility-contingency-output");
        output.setToggleGroup(contingencySide);
        output.setSelected(true);
        HBox sides = new HBox(0, input, output);
        Region gap = new Region();
        gap.setMinWidth(16);
        HBox controls = new HBox(8, new Label("Rows"), rows, new Label("Columns"), columns, gap, new Label("Show"),
                sides);
        controls.setAlignment(Pos.CENTER_LEFT);

        contingencyTable.setId("utility-contingency-table");
        contingencyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        contingencyTable.setPlaceholder(new Label("No data"));
        contingencyTable.setMinWidth(260);
        contingencyTable.getColumns().add(text("Row value", CellRow::row, false, 170, null));
        contingencyTable.getColumns().add(text("Column value", CellRow::column, false, 130, null));
        TableColumn<CellRow, Number> count = new TableColumn<>("Records");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.format("%,d", item.longValue()));
                setStyle("-fx-alignment: center-right;");
            }
        });
        count.setPrefWidth(70);
        contingencyTable.getColumns().add(count);
        return section("Contingency table", "How often the values of two columns occur together, in the input or in"
                + " the output: the " + UtilityViewModel.CONTINGENCY_TOP + " most frequent values of each column, the"
                + " rest as " + UtilityRows.OTHERS + ". Sort the table by records to find the largest cells.",
                controls, sized(contingencyChart.node(), 380));
    }

    /** One cell of a contingency table, for the table beside the heatmap. */
    record CellRow(String row, String column, long count) {
    }

    private boolean showsInput() {
        return contingencySide.getSelectedToggle() != null
                && "utility-contingency-input".equals(((ToggleButton) contingencySide.getSelectedToggle()).getId());
    }

    private void showContingency() {
        UtilityViewModel.Contingency data = viewModel.contingencyProperty().get();
        if (data == null) {
            contingencyChart.show(null, emptyMessage());
            contingencyTable.getItems().clear();
            return;
        }
        boolean input = showsInput();
        ContingencyTable table = input ? data.input() : data.output();
        contingencyChart.show(UtilityCharts.heatmap((input ? "Input" : "Selected output") + ": records by "
                + table.rowColumn() + " and " + table.columnColumn(), table), "");
        ((Label) contingencyTable.getColumns().get(0).getGraphic()).setText(table.rowColumn());
        ((Label) contingencyTable.getColumns().get(1).getGraphic()).setText(table.columnColumn());
        String[] rowLabels = UtilityCharts.labels(table.rowValues(), table.rowOthers());
        String[] columnLabels = UtilityCharts.labels(table.columnValues(), table.columnOthers());
        List<CellRow> cells = new ArrayList<>();
        for (int r = 0; r < rowLabels.length; r++) {
            for (int c = 0; c < columnLabels.length; c++) {
                cells.add(new CellRow(rowLabels[r], columnLabels[c], table.count(r, c)));
            }
        }
        contingencyTable.getItems().setAll(cells);
    }

    // ---- 5. Classification ----

    private Node classificationSection() {
        ComboBox<String> target = new ComboBox<>(viewModel.targets());
        target.setId("utility-classification-target");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setTooltip(new Tooltip("The column the classifier learns to predict"));
        Label features = new Label();
        features.setId("utility-classification-features");
        features.textProperty().bind(Bindings.createStringBinding(() -> viewModel.featuresProperty().get().isEmpty()
                ? "" : "from " + String.join(", ", viewModel.featuresProperty().get()) + " (the quasi-identifiers)",
                viewModel.featuresProperty()));
        Button compute = new Button("Compute");
        compute.setId("utility-classification-compute");
        compute.setDefaultButton(false);
        compute.disableProperty().bind(viewModel.canClassifyProperty().not());
        compute.setOnAction(e -> viewModel.classify());
        compute.setTooltip(new Tooltip("Cross-validate a naive Bayes classifier on the input and on the output;"
                + " this can take a few seconds on large data"));
        ProgressBar progress = new ProgressBar();
        progress.setId("utility-classification-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(viewModel.classificationProgressProperty());
        progress.visibleProperty().bind(viewModel.classifyingProperty());
        progress.managedProperty().bind(viewModel.classifyingProperty());
        HBox controls = new HBox(8, new Label("Predict"), target, features, compute, progress);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("utility-classification-message");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.classificationMessageProperty());

        accuracyTable.setId("utility-classification-table");
        accuracyTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accuracyTable.setPlaceholder(new Label("Not computed"));
        accuracyTable.setMinWidth(220);
        accuracyTable.getColumns().add(text("Trained and tested on", Figure::name, false, 150, null));
        accuracyTable.getColumns().add(text("Accuracy", Figure::value, true, 80, null));
        accuracyTable.getColumns().forEach(c -> c.setSortable(false));
        return section("Classification", "How well the released data still supports predicting a column: a naive"
                + " Bayes classifier cross-validated on the input and on the output (always against the true"
                + " target values), next to always guessing the most frequent value.", controls, status,
                sized(classificationChart.node(), 300));
    }

    /** A named figure of a small table. */
    record Figure(String name, String value) {
    }

    private void showClassification() {
        ClassificationUtility result = viewModel.classificationProperty().get();
        if (result == null) {
            classificationChart.show(null, viewModel.comparingProperty().get() ? "Press Compute to see the accuracies"
                    : emptyMessage());
            accuracyTable.getItems().clear();
            return;
        }
        classificationChart.show(UtilityCharts.accuracy(result), "");
        accuracyTable.getItems().setAll(new Figure("Majority baseline", UtilityRows.percent(result.baselineAccuracy())),
                new Figure("Input", UtilityRows.percent(result.inputAccuracy())),
                new Figure("Selected output", UtilityRows.percent(result.outputAccuracy())),
                new Figure("Gain over the baseline kept", UtilityViewModel.kept(result)),
                new Figure("Records", String.format("%,d", result.records())));
    }

    // ---- helpers ----

    private String emptyMessage() {
        return viewModel.comparingProperty().get() ? "Working…" : "Nothing to compare yet";
    }

    private static VBox section(String title, String explanation, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-font-size: 1.15em;");
        Label hint = new Label(explanation);
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-text");
        VBox section = new VBox(6, heading, hint);
        section.getChildren().addAll(body);
        return section;
    }

    /** A chart pane at least as tall as given, and it stays that tall in the scrolling column. */
    private static Node sized(Node chart, double height) {
        if (chart instanceof Region region) {
            region.setMinHeight(height);
            region.setPrefHeight(height);
        }
        // Inside a scrolling page the mouse wheel scrolls the page; it does not zoom the chart.
        chart.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getTarget() instanceof ChartCanvas canvas) {
                canvas.setDomainZoomable(false);
                canvas.setRangeZoomable(false);
            }
        });
        return chart;
    }

    private static void fitToRows(TableView<?> table, javafx.beans.binding.IntegerExpression rows, int atLeast) {
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(atLeast, rows).add(1).multiply(ROW_HEIGHT).add(10));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
    }

    private static <S> TableColumn<S, String> text(String title, Function<S, String> value, boolean number,
            double width, String tooltip) {
        TableColumn<S, String> column = new TableColumn<>();
        Label header = new Label(title);
        if (tooltip != null) {
            header.setTooltip(new Tooltip(tooltip));
        }
        column.setGraphic(header);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (number) {
            column.setCellFactory(c -> new RightAlignedCell<>());
        }
        return column;
    }

    /** The charts, top to bottom, for tests. */
    List<ChartPane> charts() {
        return List.of(attributeChart, distributionChart, contingencyChart, classificationChart);
    }

    public Node node() {
        return root;
    }
}
