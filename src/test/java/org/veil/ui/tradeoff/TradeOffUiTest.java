package org.veil.ui.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.tradeoff.TradeOff;
import org.veil.engine.tradeoff.TradeOffAnalysis;
import org.veil.engine.tradeoff.TradeOffPoint;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;

/** The trade-off explorer on the sample project after a run, in a window of its own. */
@ExtendWith(ApplicationExtension.class)
class TradeOffUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;
    private TradeOffViewModel viewModel;
    private TradeOffView view;
    private Stage window;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    private void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean idle() {
        return !workbench.main().work().busyProperty().get();
    }

    private void runSampleAndShowTheView(FxRobot robot) throws TimeoutException {
        robot.interact(() -> workbench.main().openSample());
        waitFor(() -> workbench.anonymization().canRunProperty().get());
        robot.interact(() -> workbench.anonymization().run());
        waitFor(() -> workbench.anonymization().outcomeProperty().get() != null
                && workbench.anonymization().selectedProperty().get() != null && idle());
        robot.interact(() -> {
            viewModel = new TradeOffViewModel(workbench.anonymization(), new FxTaskRunner(), dialogs);
            view = new TradeOffView(viewModel, dialogs);
            window = new Stage();
            window.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 760));
            window.show();
        });
        waitFor(() -> viewModel.tradeOffProperty().get() != null && view.shownChart() != null);
    }

    /** The extra window goes, so later UI tests do not find its nodes. */
    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(window::close);
        }
    }

    @Test
    void showsEveryCheckedTransformationAndTheFrontierAndARowSelectsItsSolution(FxRobot robot) throws Exception {
        runSampleAndShowTheView(robot);
        TradeOff tradeOff = viewModel.tradeOffProperty().get();
        AnonymizationOutcome outcome = workbench.anonymization().outcomeProperty().get();

        ChartViewer viewer = robot.lookup(node -> node instanceof ChartViewer).queryAs(ChartViewer.class);
        JFreeChart chart = viewer.getChart();
        assertNotNull(chart);
        XYPlot plot = chart.getXYPlot();
        int drawnPoints = plot.getDataset().getItemCount(TradeOffChart.ANONYMOUS)
                + plot.getDataset().getItemCount(TradeOffChart.NOT_ANONYMOUS);
        assertTrue(drawnPoints > 0);
        assertEquals(tradeOff.points().size(), drawnPoints, "every checked transformation is a point");
        assertEquals(tradeOff.frontier().size(), plot.getDataset().getItemCount(TradeOffChart.FRONTIER));
        assertTrue(((XYLineAndShapeRenderer) plot.getRenderer()).getSeriesLinesVisible(TradeOffChart.FRONTIER),
                "the frontier is drawn as a line");
        assertEquals(1, plot.getDataset().getItemCount(TradeOffChart.SELECTED), "the optimum is ringed");
        assertTrue(plot.getDomainAxis().getLabel().startsWith("Information loss: "), plot.getDomainAxis().getLabel());
        assertEquals("Average re-identification risk (%)", plot.getRangeAxis().getLabel());
        assertNotNull(plot.getRenderer().getToolTipGenerator(TradeOffChart.ANONYMOUS, 0)
                .generateToolTip(plot.getDataset(), TradeOffChart.ANONYMOUS, 0));

        TableView<TradeOffPoint> table = frontierTable(robot);
        assertEquals(tradeOff.frontier(), table.getItems());
        int selected = workbench.anonymization().selectedNodeProperty().get();
        TradeOffPoint target = tradeOff.frontier().stream().filter(p -> p.node() != selected).findFirst()
                .orElseThrow(() -> new AssertionError("the frontier holds only the selected solution"));
        robot.interact(() -> table.scrollTo(target));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, target));
        waitFor(() -> workbench.anonymization().selectedNodeProperty().get() == target.node() && idle());

        assertEquals(target.node(), workbench.anonymization().selectedNodeProperty().get());
        assertEquals(target.suppressedRecords(),
                workbench.anonymization().selectedProperty().get().evaluation().suppressedRecords());
        assertEquals(target.loss(), plot.getDataset().getXValue(TradeOffChart.SELECTED, 0), 1e-12,
                "the ring moves to the selected solution");
        assertEquals(target, table.getSelectionModel().getSelectedItem());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void clickingAPointInTheChartSelectsItsSolution(FxRobot robot) throws Exception {
        runSampleAndShowTheView(robot);
        ChartViewer viewer = robot.lookup(node -> node instanceof ChartViewer).queryAs(ChartViewer.class);
        waitFor(() -> viewer.getCanvas().getRenderingInfo() != null
                && viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth() > 0);
        XYPlot plot = viewer.getChart().getXYPlot();
        Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
        List<TradeOffPoint> points = viewModel.tradeOffProperty().get().points();
        int selected = workbench.anonymization().selectedNodeProperty().get();

        Optional<TradeOffPoint> lonely = points.stream().filter(p -> p.node() != selected)
                .filter(p -> points.stream().filter(q -> q != p)
                        .allMatch(q -> screen(plot, area, q).distance(screen(plot, area, p)) > 10))
                .findFirst();
        assertTrue(lonely.isPresent(), "some point stands apart enough to click");
        TradeOffPoint target = lonely.get();
        Point2D local = screen(plot, area, target);

        robot.clickOn(viewer.getCanvas().localToScreen(local));
        waitFor(() -> workbench.anonymization().selectedNodeProperty().get() == target.node() && idle());
        assertEquals(target.node(), workbench.anonymization().selectedNodeProperty().get());
        assertFalse(viewModel.selectedPoint().isEmpty());
    }

    private static Point2D screen(XYPlot plot, Rectangle2D area, TradeOffPoint point) {
        double x = plot.getDomainAxis().valueToJava2D(point.loss(), area, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().valueToJava2D(100 * point.risk(), area, plot.getRangeAxisEdge());
        return new Point2D(x, y);
    }

    @SuppressWarnings("unchecked")
    private static TableView<TradeOffPoint> frontierTable(FxRobot robot) {
        return (TableView<TradeOffPoint>) robot.lookup("#tradeoff-frontier").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableRow<TradeOffPoint> row(FxRobot robot, TradeOffPoint point) {
        return robot.lookup("#tradeoff-frontier .table-row-cell")
                .match(node -> node instanceof TableRow<?> row && point.equals(row.getItem()))
                .queryAs(TableRow.class);
    }
}
