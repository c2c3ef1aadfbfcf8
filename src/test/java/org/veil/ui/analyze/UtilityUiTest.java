package org.veil.ui.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.service.anonymize.AnonymizationService;
import org.veil.service.workspace.SampleProject;
import org.veil.ui.charts.ChartPane;
import org.veil.ui.common.BackgroundWork;
import org.veil.ui.common.SameThreadTaskRunner;
import org.veil.ui.common.ScriptedDialogService;
import org.veil.ui.workspace.AnonymizationModel;
import org.veil.ui.workspace.WorkspaceModel;

/** The Utility view on the sample project at the workbench's size: every section filled, nothing squeezed. */
@ExtendWith(ApplicationExtension.class)
class UtilityUiTest {

    private final WorkspaceModel workspace = new WorkspaceModel();
    private final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final AnonymizationModel anonymization = new AnonymizationModel(workspace,
            new BackgroundWork(tasks, dialogs), new AnonymizationService());
    private UtilityViewModel viewModel;
    private UtilityView view;

    @Start
    void start(Stage stage) {
        viewModel = new UtilityViewModel(anonymization, workspace, tasks);
        view = new UtilityView(viewModel, dialogs);
        Scene scene = new Scene((ScrollPane) view.node(), 1280, 800);
        scene.getStylesheets().add(UtilityView.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        stage.setScene(scene);
        // The stage is shared with other UI tests, which may have given it a size or a minimum size.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void saysHowToStartBeforeAnyRun(FxRobot robot) {
        assertTrue(robot.lookup("#utility-message").queryAs(Labeled.class).getText()
                .startsWith("Run the anonymization (Ctrl+R)"));
        view.charts().forEach(chart -> assertNull(chart.chart()));
        assertTrue(robot.lookup("#utility-classification-compute").query().isDisabled());
    }

    @Test
    void showsEveryChartAfterARunAndAComputedClassification(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                workspace.open(SampleProject.health(ProgressListener.NONE, CancellationToken.NONE));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            anonymization.run();
        });
        assertNotNull(anonymization.selectedProperty().get());
        scrollTo(robot, "#utility-classification-compute");
        robot.clickOn("#utility-classification-compute");
        WaitForAsyncUtils.waitForFxEvents();

        for (ChartPane pane : view.charts()) {
            JFreeChart chart = pane.chart();
            assertNotNull(chart, pane.node().getId());
            assertFalse(chart.getTitle().getText().isBlank(), pane.node().getId());
            if (chart.getPlot() instanceof CategoryPlot plot) {
                assertTrue(plot.getDataset().getRowCount() > 0 && plot.getDataset().getColumnCount() > 0,
                        pane.node().getId());
                assertFalse(plot.getRangeAxis().getLabel().isBlank());
                assertFalse(plot.getDomainAxis().getLabel().isBlank());
            } else {
                XYPlot plot = chart.getXYPlot();
                assertTrue(plot.getDataset().getItemCount(0) > 0, pane.node().getId());
                assertFalse(plot.getRangeAxis().getLabel().isBlank());
                assertFalse(plot.getDomainAxis().getLabel().isBlank());
            }
        }
        assertEquals(4, robot.lookup("#utility-attribute-table").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#utility-contingency-table").queryAs(TableView.class).getItems().isEmpty());
        assertTrue(robot.lookup("#utility-classification-message").queryAs(Labeled.class).getText()
                .startsWith("Predicting diagnosis"));

        saveSnapshot("utility-view.png");

        // The input's heatmap on demand.
        String outputTitle = view.charts().get(2).chart().getTitle().getText();
        scrollTo(robot, "#utility-contingency-input");
        robot.clickOn("#utility-contingency-input");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.charts().get(2).chart().getTitle().getText().startsWith("Input"), outputTitle);

        for (ChartPane pane : view.charts()) {
            assertTrue(pane.node().getLayoutBounds().getHeight() >= 280, pane.node().getId() + " is tall enough");
            assertTrue(pane.node().getLayoutBounds().getWidth() >= 1000, pane.node().getId() + " uses the width");
        }
        assertSectionsDoNotOverlap();
        saveSnapshot("utility-view-input-heatmap.png");
    }

    /** Scrolls the page so a node shows at the top of the viewport, as a user would. */
    private void scrollTo(FxRobot robot, String query) {
        ScrollPane scroll = (ScrollPane) view.node();
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double range = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sections and charts follow each other down the page. */
    private void assertSectionsDoNotOverlap() {
        ScrollPane scroll = (ScrollPane) view.node();
        Node content = scroll.getContent();
        double bottom = Double.NEGATIVE_INFINITY;
        for (Node child : ((javafx.scene.layout.Pane) content).getChildren()) {
            Bounds bounds = child.getBoundsInParent();
            assertTrue(bounds.getMinY() >= bottom - 0.5, child + " starts below the one before");
            bottom = bounds.getMaxY();
        }
    }

    /** With -Dveil.snapshots=DIR, the whole page as a PNG, to look at it as a user would. */
    private void saveSnapshot(String name) throws Exception {
        String directory = System.getProperty("veil.snapshots");
        if (directory == null) {
            return;
        }
        Node content = ((ScrollPane) view.node()).getContent();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> content.snapshot(null, null)).get();
        Path target = Path.of(directory).resolve(name);
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
    }
}
