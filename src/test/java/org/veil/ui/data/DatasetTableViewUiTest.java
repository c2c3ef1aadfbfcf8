package org.veil.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;

/** The dataset table renders only what is visible, shows types, and offers type changes. */
@ExtendWith(ApplicationExtension.class)
class DatasetTableViewUiTest {

    private static final Dataset MILLION_ROWS = millionRows();

    private final List<String> chosen = new ArrayList<>();
    private DatasetTableView view;

    private static Dataset millionRows() {
        DatasetBuilder builder = new DatasetBuilder(List.of("id", "group", "note"), 1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            builder.addRow(String.valueOf(i), "g" + (i % 10), i % 100 == 0 ? null : "n");
        }
        return builder.build();
    }

    @Start
    void start(Stage stage) {
        // The stage is shared with other UI tests, some of which give it a minimum size.
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setWidth(800);
        stage.setHeight(500);
        view = new DatasetTableView((column, type) -> chosen.add(column + ":" + type.label()));
        view.show(MILLION_ROWS);
        Scene scene = new Scene(view.node(), 800, 500);
        scene.getStylesheets().add(DatasetTableView.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @Test
    void scrollsToTheLastOfAMillionRowsRenderingOnlyVisibleRows(FxRobot robot) throws TimeoutException {
        assertEquals(1_000_000, view.node().getItems().size());
        // Re-asks for the scroll until the layout pass under a loaded machine has caught up.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> view.node().scrollTo(999_990));
            return cellTexts(robot).contains("999990");
        });
        List<String> shown = cellTexts(robot);
        assertTrue(shown.contains("999990"), "a row near the end is rendered");
        assertTrue(shown.contains("999,991"), "with its row number");
        assertFalse(shown.contains("500000"), "rows far from the viewport are not rendered");
        assertTrue(robot.from(view.node()).lookup(".table-cell").queryAll().size() < 400,
                "cells exist only for visible rows");
    }

    @Test
    void marksMissingValues(FxRobot robot) {
        assertTrue(robot.lookup(".missing-value").queryAll().stream()
                .anyMatch(cell -> "missing".equals(((Labeled) cell).getText())));
    }

    @Test
    void offersOtherTypesFromTheTypeBadge(FxRobot robot) {
        robot.clickOn("Integer");
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll()).lookup("Text").queryLabeled());
        assertEquals(List.of("0:" + ColumnType.STRING.label()), chosen);
    }

    private List<String> cellTexts(FxRobot robot) {
        return robot.from(view.node()).lookup(".table-cell").queryAll().stream()
                .map(cell -> ((Labeled) cell).getText()).filter(t -> t != null).toList();
    }
}
