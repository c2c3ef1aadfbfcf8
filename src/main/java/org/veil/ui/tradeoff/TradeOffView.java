package org.veil.ui.tradeoff;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.veil.engine.tradeoff.RiskMeasure;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.ui.charts.ChartPane;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.common.TransformationText;

/**
 * The trade-off explorer: a risk measure and threshold, the scatter chart of risk against loss with
 * the Pareto frontier, the table of the frontier beside it, and an export of the points. Clicking a
 * point or a frontier row selects that solution in the whole workbench.
 */
public final class TradeOffView {

    private final TradeOffViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<TradeOffPoint> table = new TableView<>();
    private final ChartPane chartPane;
    private TradeOffChart shown;
    private boolean syncing;

    public TradeOffView(TradeOffViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        root.setId("tradeoff");
        root.getStyleClass().add("tradeoff-view");
        root.setPadding(new Insets(8));
        chartPane = new ChartPane("tradeoff-chart", "risk-utility-trade-off", frontierTable(), dialogs);
        chartPane.viewer().addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                pointOf(event.getEntity()).ifPresent(viewModel::select);
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
            }
        });
        root.setTop(controls());
        root.setCenter(chartPane.node());
        BorderPane.setMargin(chartPane.node(), new Insets(6, 0, 0, 0));

        viewModel.tradeOffProperty().addListener((o, old, now) -> redraw(now));
        viewModel.messageProperty().addListener((o, old, now) -> {
            if (viewModel.tradeOffProperty().get() == null) {
                chartPane.show(null, now);
            }
        });
        viewModel.selectedNodeProperty().addListener((o, old, now) -> showSelection(now.intValue()));
        viewModel.frontier().addListener((ListChangeListener<TradeOffPoint>) change ->
                showSelection(viewModel.selectedNodeProperty().get()));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                viewModel.select(now);
            }
        });
        redraw(viewModel.tradeOffProperty().get());
    }

    /** The view as the workbench puts it in a tab. */
    public static Node create(AnonymizationModel anonymization, TaskRunner tasks, DialogService dialogs) {
        return new TradeOffView(new TradeOffViewModel(anonymization, tasks, dialogs), dialogs).node();
    }

    public Node node() {
        return root;
    }

    private VBox controls() {
        Label heading = new Label("Trade-off — re-identification risk against information loss");
        heading.getStyleClass().add("step-heading");

        ComboBox<RiskMeasure> measure = new ComboBox<>();
        measure.setId("tradeoff-measure");
        measure.getItems().setAll(viewModel.measures());
        measure.valueProperty().bindBidirectional(viewModel.measureProperty());
        measure.setTooltip(new Tooltip("How the risk of a release is summed up (prosecutor model)"));
        Label measureLabel = new Label("Risk measure");
        measureLabel.setLabelFor(measure);

        TextField threshold = new TextField();
        threshold.setId("tradeoff-threshold");
        threshold.setPrefColumnCount(5);
        threshold.textProperty().bindBidirectional(viewModel.thresholdTextProperty());
        threshold.disableProperty().bind(viewModel.measureProperty().isNotEqualTo(RiskMeasure.SHARE_AT_RISK));
        threshold.setTooltip(new Tooltip("A record is at risk when its prosecutor risk exceeds this (20 % = classes"
                + " smaller than 5)"));
        Label thresholdLabel = new Label("Threshold");
        thresholdLabel.setLabelFor(threshold);
        thresholdLabel.disableProperty().bind(threshold.disableProperty());
        Label percent = new Label("%");
        percent.disableProperty().bind(threshold.disableProperty());
        Label error = new Label();
        error.setId("tradeoff-threshold-error");
        error.getStyleClass().add("error-text");
        error.setStyle("-fx-text-fill: #c62828;");
        error.textProperty().bind(viewModel.thresholdErrorProperty());

        Button export = new Button("Export points…");
        export.setId("tradeoff-export");
        export.setTooltip(new Tooltip("Save every point (levels, risk, loss, anonymous, on the frontier) as CSV"));
        export.disableProperty().bind(viewModel.tradeOffProperty().isNull());
        export.setOnAction(e -> viewModel.exportPoints());

        CheckBox all = new CheckBox("Every transformation");
        all.setId("tradeoff-all");
        all.selectedProperty().bindBidirectional(viewModel.wholeLatticeProperty());
        all.setTooltip(new Tooltip("Also measure the transformations the search did not need to check"
                + " (slower on large solution spaces)"));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, measureLabel, measure, thresholdLabel, threshold, percent, error, all, gap, export);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("tradeoff-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("tradeoff-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(viewModel.busyProperty());
        HBox status = new HBox(8, progress, message);
        status.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, heading, bar, status);
    }

    private VBox frontierTable() {
        table.setId("tradeoff-frontier");
        table.setItems(viewModel.frontier());
        table.setPlaceholder(new Label("No frontier yet"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TradeOffPoint point, boolean empty) {
                super.updateItem(point, empty);
                TradeOff current = viewModel.tradeOffProperty().get();
                setTooltip(empty || point == null || current == null ? null
                        : new Tooltip(TradeOffText.tooltip(current, point)));
            }
        });

        TableColumn<TradeOffPoint, String> levels = new TableColumn<>("Transformation");
        levels.setCellValueFactory(cell -> text(TransformationText.levels(quasiIdentifiers(), cell.getValue().levels())));
        levels.setPrefWidth(230);
        TableColumn<TradeOffPoint, String> risk = new TableColumn<>("Risk");
        risk.setCellValueFactory(cell -> text(TradeOffText.percent(cell.getValue().risk())));
        risk.setStyle("-fx-alignment: CENTER-RIGHT;");
        risk.setPrefWidth(110);
        TableColumn<TradeOffPoint, String> loss = new TableColumn<>("Loss");
        loss.setCellValueFactory(cell -> text(TransformationText.metricValue(cell.getValue().loss())));
        loss.setStyle("-fx-alignment: CENTER-RIGHT;");
        loss.setPrefWidth(90);
        TableColumn<TradeOffPoint, String> anonymous = new TableColumn<>("Models");
        anonymous.setCellValueFactory(cell -> text(cell.getValue().anonymous() ? "met" : "not met"));
        anonymous.setPrefWidth(70);
        table.getColumns().setAll(List.of(levels, risk, loss, anonymous));
        viewModel.tradeOffProperty().addListener((o, old, now) -> {
            risk.setText(now == null ? "Risk" : now.measure().title());
            loss.setText(now == null ? "Loss" : TransformationText.metricTitle(now.metric()));
        });

        Label title = new Label("Pareto frontier");
        title.getStyleClass().add("section-heading");
        VBox box = new VBox(4, title, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setMinWidth(220);
        return box;
    }

    private List<String> quasiIdentifiers() {
        TradeOff current = viewModel.tradeOffProperty().get();
        return current == null ? List.of() : current.quasiIdentifiers();
    }

    private static ReadOnlyObjectWrapper<String> text(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    private void redraw(TradeOff tradeOff) {
        if (tradeOff == null) {
            shown = null;
            chartPane.show(null, viewModel.messageProperty().get());
            return;
        }
        shown = new TradeOffChart(tradeOff);
        shown.select(viewModel.selectedNodeProperty().get());
        chartPane.show(shown.chart(), "");
    }

    private void showSelection(int node) {
        if (shown != null) {
            shown.select(node);
        }
        syncing = true;
        try {
            Optional<TradeOffPoint> row = viewModel.frontier().stream().filter(p -> p.node() == node).findFirst();
            if (row.isPresent()) {
                table.getSelectionModel().select(row.get());
                table.scrollTo(row.get());
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private Optional<TradeOffPoint> pointOf(ChartEntity entity) {
        if (shown != null && entity instanceof XYItemEntity item) {
            return shown.pointAt(item.getSeriesIndex(), item.getItem());
        }
        return Optional.empty();
    }

    /** The chart currently drawn, or {@code null} (for tests). */
    TradeOffChart shownChart() {
        return shown;
    }

}
