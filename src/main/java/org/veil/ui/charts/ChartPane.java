package org.veil.ui.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.veil.service.ExportService;
import org.veil.ui.common.DialogService;

/**
 * A chart with the table of its numbers beside it, and a menu to save the chart as PNG or SVG.
 * Every chart of the analysis views comes in one of these, so they look and export alike.
 */
public final class ChartPane {

    private final BorderPane root = new BorderPane();
    private final ChartViewer viewer = new ChartViewer();
    private final Label empty = new Label();
    private final ObjectProperty<JFreeChart> shown = new SimpleObjectProperty<>();
    private final DialogService dialogs;
    private final String fileName;

    /**
     * @param id       the node id (for tests and styling)
     * @param fileName the name suggested when saving, without extension
     * @param table    the chart's numbers, shown to its right; {@code null} for none
     */
    public ChartPane(String id, String fileName, Node table, DialogService dialogs) {
        this.dialogs = dialogs;
        this.fileName = fileName;
        root.setId(id);
        root.getStyleClass().add("chart-pane");
        MenuButton save = new MenuButton("Save chart");
        save.setId(id + "-save");
        save.setTooltip(new Tooltip("Save this chart as an image for a report"));
        for (ChartFiles.Format format : ChartFiles.Format.values()) {
            MenuItem item = new MenuItem("As " + format.description() + "…");
            item.setOnAction(e -> save(format));
            save.getItems().add(item);
        }
        save.disableProperty().bind(shown.isNull());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, empty, gap, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 4, 0));
        empty.getStyleClass().add("hint-text");
        viewer.setMinSize(200, 160);
        root.setTop(bar);
        if (table == null) {
            root.setCenter(viewer);
        } else {
            SplitPane split = new SplitPane(viewer, table);
            split.setDividerPositions(0.66);
            root.setCenter(split);
        }
    }

    /** Shows a chart, or a message saying why there is none. */
    public void show(JFreeChart chart, String emptyMessage) {
        if (chart != null) {
            viewer.setChart(chart); // the viewer takes no null: without a chart it is hidden instead
        }
        viewer.setVisible(chart != null);
        shown.set(chart);
        empty.setText(chart == null ? emptyMessage : "");
    }

    /** The viewer the chart is drawn in, e.g. to listen to clicks on its points. */
    public ChartViewer viewer() {
        return viewer;
    }

    public JFreeChart chart() {
        return shown.get();
    }

    private void save(ChartFiles.Format format) {
        JFreeChart chart = shown.get();
        if (chart == null) {
            return;
        }
        List<DialogService.FileFilter> filters = List.of(new DialogService.FileFilter(format.description(),
                List.of("*." + format.extension())));
        dialogs.showSaveDialog("Save chart", fileName + "." + format.extension(), filters)
                .ifPresent(target -> write(chart, format, target));
    }

    /** Writes a chart to a file; small enough to do at once, and the user waits for it anyway. */
    void write(JFreeChart chart, ChartFiles.Format format, Path target) {
        try {
            new ExportService().exportBytes(ChartFiles.render(chart, format), target);
        } catch (IOException e) {
            dialogs.showError("Chart not saved", "Could not write " + target.getFileName() + ": " + e.getMessage());
        }
    }

    public Node node() {
        return root;
    }

    /** A file-name-safe version of a title, for {@code fileName}. */
    public static String fileNameOf(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
