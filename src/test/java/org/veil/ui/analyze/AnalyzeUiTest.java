package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.main.Step;

/** The Analyze step after a run on the sample project: every chart of the Risk view drawn, the other tabs filled. */
@ExtendWith(ApplicationExtension.class)
class AnalyzeUiTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, new ScriptedDialogService(), new FxTaskRunner());
        stage.show();
    }

    @Test
    void drawsEveryRiskChartForInputAndOutputAndFillsTheSafeHarborTab(FxRobot robot) throws TimeoutException {
        robot.interact(() -> workbench.main().openSample());
        waitFor(() -> workbench.anonymization().canRunProperty().get());
        robot.interact(() -> workbench.anonymization().run());
        waitFor(() -> workbench.anonymization().selectedProperty().get() != null && idle());
        robot.interact(() -> workbench.view().show(Step.ANALYZE));

        for (String id : List.of("#class-size-chart", "#record-risk-chart", "#combination-chart")) {
            waitFor(() -> chart(robot, id) != null);
            JFreeChart chart = chart(robot, id);
            CategoryPlot plot = chart.getCategoryPlot();
            assertNotNull(chart.getTitle(), id);
            assertFalse(plot.getRangeAxis().getLabel().isBlank(), id + " labels its values");
            assertTrue(plot.getDataset().getRowCount() == 2, id + " shows input and output");
            assertTrue(plot.getDataset().getColumnCount() > 0, id);
        }
        assertFalse(robot.lookup("#record-risk-chart").queryAs(Node.class).lookupAll(".table-view")
                .isEmpty(), "the numbers are beside the chart");

        robot.clickOn("#tab-safe-harbor");
        TableView<?> findings = robot.lookup("#safe-harbor-table").queryTableView();
        waitFor(() -> !findings.getItems().isEmpty());
        assertTrue(robot.lookup("#safe-harbor-summary").queryLabeled().getText().contains("finding"));

        robot.clickOn("#tab-trade-off");
        waitFor(() -> robot.lookup((Node node) -> node instanceof ChartViewer viewer && viewer.isVisible()
                && viewer.getChart() != null).tryQuery().isPresent());
    }

    /** The chart drawn in a chart pane, or {@code null} while the pane or its chart is not there yet. */
    private static JFreeChart chart(FxRobot robot, String id) {
        Node pane = robot.lookup(id).tryQuery().orElse(null);
        if (pane == null) {
            return null;
        }
        return robot.from(pane).lookup((Node node) -> node instanceof ChartViewer).tryQuery()
                .map(ChartViewer.class::cast).filter(Node::isVisible).map(ChartViewer::getChart).orElse(null);
    }

    private boolean idle() {
        return !workbench.main().work().busyProperty().get();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
