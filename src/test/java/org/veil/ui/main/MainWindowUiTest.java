package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvReadOptions;
import org.veil.service.ImportRequest;
import org.veil.testing.Fixtures;
import org.veil.ui.VeilApp;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;

/** The first window, driven like a user would: menus, the import dialog, the table, Cancel. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private MainWindowViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner()).main();
        stage.show();
    }

    @Test
    void opensACsvThroughTheImportDialogAndShowsItsRows(FxRobot robot) throws TimeoutException {
        dialogs.choose(Fixtures.path("csv/semicolon_crlf.csv"));

        robot.clickOn("#toolbar-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Import").tryQuery().isPresent());
        // The preview shows the file's rows under the detected settings before anything is imported.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".table-cell").queryAll().stream().anyMatch(c -> "Asian; Pacific".equals(text(c))));
        robot.clickOn("Import");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        TableView<Integer> table = table(robot);
        assertEquals(List.of("#", "sex", "age", "race"), headerNames(table));
        assertTrue(robot.lookup("#dataset-table .table-cell").queryAll().stream()
                .anyMatch(cell -> "Asian; Pacific".equals(text(cell))), "a value is shown in the table");
        assertTrue(robot.lookup(".type-badge").queryAll().stream().anyMatch(b -> "Integer".equals(text(b))),
                "the age column's header shows its type");
        assertEquals("semicolon_crlf.csv — Veil", ((Stage) table.getScene().getWindow()).getTitle());
        assertTrue(robot.lookup("#status-text").queryLabeled().getText().startsWith("3 rows · 3 columns · 0 quasi-identifiers"));
        assertTrue(dialogs.messages().isEmpty(), dialogs.messages().toString());
    }

    @Test
    void cancellingALongImportLeavesTheWindowUsable(FxRobot robot) throws TimeoutException {
        InputSource slow = slowCsv(200_000);
        robot.interact(() -> viewModel.runImport(new ImportRequest(slow, CsvReadOptions.defaults())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cancel-job").query().isVisible());
        assertTrue(robot.lookup("#toolbar-open").queryButton().isDisabled(), "no second import while one runs");

        robot.clickOn("#cancel-job");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !viewModel.work().busyProperty().get());
        assertFalse(robot.lookup("#toolbar-open").queryButton().isDisabled());
        assertTrue(robot.lookup("#status-text").queryLabeled().getText().contains("Import cancelled"));
        assertTrue(dialogs.errors().isEmpty());
    }

    /** A CSV source that delivers its bytes slowly, so an import of it is still running when Cancel is clicked. */
    private static InputSource slowCsv(int rows) {
        StringBuilder text = new StringBuilder("id,value\n");
        for (int i = 0; i < rows; i++) {
            text.append(i).append(',').append(i % 13).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        InputSource fast = InputSource.ofBytes("slow.csv", bytes);
        return new InputSource("slow.csv", null, bytes.length, () -> new FilterInputStream(fast.open()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(b, off, Math.min(len, 512));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> table(FxRobot robot) {
        return (TableView<Integer>) robot.lookup("#dataset-table").queryAs(TableView.class);
    }

    private static List<String> headerNames(TableView<Integer> table) {
        return table.getColumns().stream().map(MainWindowUiTest::headerName).toList();
    }

    private static String headerName(TableColumn<Integer, ?> column) {
        return column.getUserData() == null ? column.getText() : column.getUserData().toString();
    }

    private static String text(Object node) {
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
