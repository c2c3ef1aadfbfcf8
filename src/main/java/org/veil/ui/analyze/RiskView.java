package org.veil.ui.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.veil.engine.risk.PopulationPresets;
import org.veil.ui.charts.ChartPane;
import org.veil.ui.charts.Charts;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.RightAlignedCell;

/**
 * Re-identification risk of the input next to the selected output: the measures as a table, and
 * charts of the records by class size and by record risk with the threshold marked, each with its
 * numbers beside it.
 */
public final class RiskView {

    private final VBox root = new VBox();
    private final VBox content = new VBox(10);
    private final ChartPane sizes;
    private final ChartPane risks;
    private final TableView<ComparisonTable.Row> sizeTable = ComparisonTable.create("class-size-table", "Class size");
    private final TableView<ComparisonTable.Row> riskTable = ComparisonTable.create("record-risk-table", "Risk");
    private final ChartPane combinations;
    private final TableView<CombinationTable.Row> combinationTable = CombinationTable.create();
    private final RowConstraints combinationRow = new RowConstraints(CHART_HEIGHT);

    private static final double ROW_HEIGHT = 24;
    /** The height of a chart beside its table, at the least. */
    private static final double CHART_HEIGHT = 300;
    /** The widest the name column of a table beside a chart gets; longer names show whole in tooltips. */
    private static final double MAX_NAME_WIDTH = 260;
    /** The height of the "Save chart" bar above a chart, and of a table's header row. */
    private static final double SAVE_BAR = 34;
    private static final double HEADER_HEIGHT = 26;
    /** A chart's title, value axis and legend around its bars; the room per combination for its two bars. */
    private static final double CHART_FRAME = 110;
    private static final double COMBINATION_HEIGHT = 26;

    public RiskView(RiskViewModel viewModel, DialogService dialogs) {
        sizes = new ChartPane("class-size-chart", "class-sizes", sizeTable, dialogs);
        risks = new ChartPane("record-risk-chart", "record-risk", riskTable, dialogs);
        combinations = new ChartPane("combination-chart", "quasi-identifier-combinations", combinationTable,
                dialogs);
        for (TableView<?> numbers : List.of(sizeTable, riskTable, combinationTable)) {
            numbers.setFixedCellSize(ROW_HEIGHT);
        }
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        TableView<RiskRow> table = new TableView<>(viewModel.rows());
        table.setId("risk-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Measure", RiskRow::measure, 220));
        table.getColumns().add(column("Input", RiskRow::input, 150));
        table.getColumns().add(column("Selected output", RiskRow::output, 150));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RiskRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.explanation()));
            }
        });
        table.setMaxWidth(640);
        table.setPlaceholder(new Label("Nothing to analyze yet"));
        // As tall as its rows: a short table of measures, not a grid of empty lines.
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.max(4, Bindings.size(viewModel.rows())).add(1)
                .multiply(ROW_HEIGHT).add(8));
        table.setMinHeight(Region.USE_PREF_SIZE);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        Label thresholdLabel = new Label("Risk threshold");
        Spinner<Double> threshold = new Spinner<>(1.0, 100.0, 100 * viewModel.thresholdProperty().get(), 1.0);
        threshold.setId("risk-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(90);
        threshold.setTooltip(new Tooltip("Records whose prosecutor risk (1 / class size) is above this share are at"
                + " risk; 20 % means classes smaller than 5"));
        threshold.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.thresholdProperty().set(now / 100);
            }
        });
        ComboBox<PopulationPresets> population = new ComboBox<>();
        population.setId("risk-population");
        population.getItems().add(null);
        population.getItems().addAll(PopulationPresets.values());
        population.setConverter(new StringConverter<>() {
            @Override
            public String toString(PopulationPresets preset) {
                return preset == null ? "The data is the whole population"
                        : preset == PopulationPresets.CUSTOM ? "Custom size"
                        : String.format("%s (%,d, %d)", preset.label(), preset.population(), preset.year());
            }

            @Override
            public PopulationPresets fromString(String text) {
                return null;
            }
        });
        population.valueProperty().bindBidirectional(viewModel.populationProperty());
        population.setTooltip(new Tooltip("The population the data was drawn from: the journalist risk and the"
                + " population uniques depend on it"));
        TextField custom = new TextField();
        custom.setId("risk-custom-population");
        custom.setPromptText("people");
        custom.setPrefWidth(120);
        custom.visibleProperty().bind(population.valueProperty().isEqualTo(PopulationPresets.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        custom.setOnAction(e -> viewModel.customPopulationProperty().set(parsePeople(custom.getText())));
        custom.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                viewModel.customPopulationProperty().set(parsePeople(custom.getText()));
            }
        });
        ProgressBar working = new ProgressBar();
        working.setId("risk-progress");
        working.progressProperty().bind(viewModel.progressProperty());
        Label phase = new Label();
        phase.textProperty().bind(viewModel.phaseProperty());
        working.visibleProperty().bind(viewModel.phaseProperty().isNotEmpty());
        HBox controls = new HBox(8, thresholdLabel, threshold, new Label("%"), new Label("  Population"), population,
                custom, working, phase);
        controls.setAlignment(Pos.CENTER_LEFT);

        GridPane charts = new GridPane();
        charts.setHgap(12);
        charts.add(sizes.node(), 0, 0);
        charts.add(risks.node(), 1, 0);
        charts.add(combinations.node(), 0, 1, 2, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        charts.getColumnConstraints().addAll(half, half);
        RowConstraints distributionRow = new RowConstraints(CHART_HEIGHT);
        distributionRow.setVgrow(Priority.ALWAYS);
        combinationRow.setVgrow(Priority.ALWAYS);
        charts.getRowConstraints().addAll(distributionRow, combinationRow);
        charts.setVgap(12);

        viewModel.distributionsProperty().addListener((o, old, now) -> showCharts(now));
        showCharts(viewModel.distributionsProperty().get());
        viewModel.combinationsProperty().addListener((o, old, now) -> showCombinations(now));
        showCombinations(viewModel.combinationsProperty().get());
        content.getChildren().addAll(message, controls, table, charts);
        content.setPadding(new Insets(10, 14, 14, 14));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
    }

    private static long parsePeople(String text) {
        try {
            return Long.parseLong(text.replace(",", "").replace(" ", "").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The combinations that single out the most records in the input, with the output's share next to
     * them: bars lying down, so the combinations' names read across beside their bars; the row is as
     * tall as the table of their numbers, and gives each combination room for its two bars.
     */
    private void showCombinations(RiskViewModel.Combinations data) {
        if (data == null) {
            combinations.show(null, "Working out which quasi-identifiers single people out…");
            combinationTable.getItems().clear();
            return;
        }
        List<CombinationTable.Row> rows = CombinationTable.rows(data);
        Map<String, Double> input = new LinkedHashMap<>();
        Map<String, Double> output = new LinkedHashMap<>();
        for (CombinationTable.Row row : rows) {
            input.put(row.combination(), 100 * row.input().uniqueShare());
            output.put(row.combination(), row.output() == null ? 0.0 : 100 * row.output().uniqueShare());
        }
        List<Charts.Series> series = data.output() == null ? List.of(new Charts.Series("Input", input))
                : List.of(new Charts.Series("Input", input), new Charts.Series("Selected output", output));
        JFreeChart chart = Charts.horizontalBars("Records that combinations of quasi-identifiers single out",
                "Quasi-identifiers", "Records unique on the combination", series);
        Charts.percentValues(chart);
        combinations.show(chart, "");
        combinationTable.getItems().setAll(rows);
        ColumnFit.fit(combinationTable, MAX_NAME_WIDTH);
        double table = SAVE_BAR + 2 * HEADER_HEIGHT + rows.size() * ROW_HEIGHT + 4;
        double bars = SAVE_BAR + CHART_FRAME + rows.size() * COMBINATION_HEIGHT;
        combinationRow.setPrefHeight(Math.max(CHART_HEIGHT, Math.max(table, bars)));
    }

    private void showCharts(RiskViewModel.Distributions data) {
        if (data == null) {
            sizes.show(null, "No data yet");
            risks.show(null, "No data yet");
            sizeTable.getItems().clear();
            riskTable.getItems().clear();
            return;
        }
        sizes.show(Charts.bars("Records by the size of their class", "Class size (records alike)", "Records",
                series(data.sizesInput(), data.sizesOutput())), "");
        JFreeChart riskChart = Charts.bars("Records by prosecutor risk", "Risk (1 / class size)",
                "Records", series(data.riskInput(), data.riskOutput()));
        Charts.markThreshold(riskChart, data.thresholdPosition(), "threshold " + Percent.threshold(data.threshold()));
        risks.show(riskChart, "");
        sizeTable.getItems().setAll(ComparisonTable.rows(data.sizesInput(), data.sizesOutput(), RiskView::count));
        riskTable.getItems().setAll(ComparisonTable.rows(data.riskInput(), data.riskOutput(), RiskView::count));
        ColumnFit.fit(sizeTable, MAX_NAME_WIDTH);
        ColumnFit.fit(riskTable, MAX_NAME_WIDTH);
    }

    private static List<Charts.Series> series(Map<String, Integer> input, Map<String, Integer> output) {
        return output == null ? List.of(new Charts.Series("Input", input))
                : List.of(new Charts.Series("Input", input), new Charts.Series("Selected output", output));
    }

    private static String count(Number value) {
        return String.format("%,d", value.longValue());
    }

    private static TableColumn<RiskRow, String> column(String title, java.util.function.Function<RiskRow, String> value,
            double width) {
        TableColumn<RiskRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        if (!title.equals("Measure")) {
            column.setCellFactory(c -> new RightAlignedCell<>());
        }
        return column;
    }

    public Node node() {
        return root;
    }
}
