package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.ui.VeilApp;
import org.veil.ui.charts.CategoryBoundaryLine;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.main.Step;

/**
 * The Analyze step after a run on the sample project: every chart of the Risk view drawn and readable at
 * the workbench's 1280×800 (the threshold between its buckets, the tables' figures whole), the other tabs
 * filled.
 */
@ExtendWith(ApplicationExtension.class)
class AnalyzeUiTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, new ScriptedDialogService(), new FxTaskRunner());
        stage.show();
    }

    @Test
    void drawsEveryRiskChartForInputAndOutputAndFillsTheSafeHarborTab(FxRobot robot) throws Exception {
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

        // The threshold (20 %) is a line between the 10–20 % and the 20–33 % bars, named in the legend.
        CategoryPlot risk = chart(robot, "#record-risk-chart").getCategoryPlot();
        assertEquals("10–20 %", risk.getDataset().getColumnKey(3));
        assertEquals("20–33 %", risk.getDataset().getColumnKey(4));
        assertEquals(List.of(4.0), risk.getAnnotations().stream().filter(CategoryBoundaryLine.class::isInstance)
                .map(a -> ((CategoryBoundaryLine) a).position()).toList());
        assertTrue(legend(risk).contains("threshold 20 %"), legend(risk).toString());

        // The combinations lie down, their names reading across; their numbers are in columns of their own.
        CategoryPlot combinations = chart(robot, "#combination-chart").getCategoryPlot();
        assertEquals(PlotOrientation.HORIZONTAL, combinations.getOrientation());
        assertEquals(RectangleEdge.BOTTOM, combinations.getRangeAxisEdge(), "the value axis label reads across");
        TableView<?> combinationTable = robot.lookup("#combination-table").queryTableView();
        waitFor(() -> onFx(() -> !combinationTable.getItems().isEmpty() && !cells(combinationTable).isEmpty()));
        assertEquals(List.of("Quasi-identifiers", "Records unique", "Pairs told apart"),
                combinationTable.getColumns().stream().map(ColumnFit::headerText).toList());
        List<String> firstRow = combinationTable.getVisibleLeafColumns().stream()
                .map(c -> String.valueOf(c.getCellData(0))).toList();
        assertEquals(5, firstRow.size(), "the name, then unique and told apart, each for input and output");
        assertFalse(firstRow.get(0).isBlank(), firstRow.toString());
        for (String figure : firstRow.subList(1, firstRow.size())) {
            assertTrue(figure.matches("([<>] )?\\d+\\.\\d\\d? %"), "one figure per cell, e.g. 99.2 %: " + firstRow);
        }

        // At 1280×800 every header and figure beside the charts shows whole: none ends in "…".
        for (String id : List.of("#class-size-table", "#record-risk-table", "#combination-table")) {
            TableView<?> table = robot.lookup(id).queryTableView();
            waitFor(() -> onFx(() -> !table.getItems().isEmpty() && !cells(table).isEmpty()));
            List<List<String>> texts = WaitForAsyncUtils.asyncFx(() -> {
                List<Labeled> labels = new ArrayList<>(cells(table));
                table.lookupAll(".column-header .label").forEach(n -> labels.add((Labeled) n));
                return labels.stream().filter(l -> l.getText() != null && !l.getText().isEmpty())
                        .map(l -> List.of(l.getText(), shown(l))).toList();
            }).get();
            assertTrue(texts.size() > 10, id + ": " + texts);
            for (List<String> text : texts) {
                assertEquals(text.get(0), text.get(1), id + " shows its text whole");
            }
        }

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

    /** The cells of a table that hold a text. */
    private static List<Labeled> cells(TableView<?> table) {
        List<Labeled> cells = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.isVisible() && cell.getText() != null
                    && !cell.getText().isEmpty()) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The text a label actually draws: its text, or a shortened one ending in "…" when it does not fit. */
    private static String shown(Labeled label) {
        return label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse(label.getText());
    }

    private static List<String> legend(CategoryPlot plot) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            labels.add(plot.getLegendItems().get(i).getLabel());
        }
        return labels;
    }

    private boolean idle() {
        return !workbench.main().work().busyProperty().get();
    }

    /** A condition on nodes, checked on the JavaFX thread; false (not yet) should it fail. */
    private static boolean onFx(BooleanSupplier condition) {
        try {
            return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
