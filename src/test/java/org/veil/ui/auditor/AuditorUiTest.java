package org.veil.ui.auditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/** File › Open for Audit on the sample project: a window of its own lists the checks and the trail. */
@ExtendWith(ApplicationExtension.class)
class AuditorUiTest {

    private static final Path PROJECT = Path.of("sample-data", "health", "patients.veil");

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMenuOpensTheProjectReadOnlyInAWindowOfItsOwn(FxRobot robot) throws Exception {
        dialogs.choose(PROJECT.toAbsolutePath());
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-audit-open".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);

        waitFor(() -> robot.lookup("#auditor").tryQuery().isPresent());
        Window auditor = robot.lookup("#auditor").query().getScene().getWindow();
        assertEquals(main, ((Stage) auditor).getOwner(), "the window belongs to the main window");
        ListView<?> checks = robot.lookup("#auditor-checks").queryAs(ListView.class);
        TableView<?> trail = robot.from(robot.lookup("#auditor").queryAs(javafx.scene.Node.class)).lookup("#audit-table")
                .queryAs(TableView.class);
        waitFor(() -> checks.getItems().size() >= 4 && !trail.getItems().isEmpty());

        waitFor(() -> robot.lookup(".auditor-check-pending").tryQuery().isPresent());
        assertTrue(robot.lookup(".auditor-check-holds").tryQuery().isPresent(), "checks are shown with ok: "
                + checks.getItems());
        assertFalse(robot.lookup(".auditor-check-failed").tryQuery().isPresent(), checks.getItems().toString());
        TableView<?> settings = robot.lookup("#auditor-settings").queryAs(TableView.class);
        assertFalse(settings.getItems().isEmpty());
        assertFalse(settings.isEditable());
        assertTrue(((Stage) auditor).getTitle().contains("patients.veil"));
        assertNull(workbench.workspace().get(), "the workbench's workspace is not touched");
        assertFalse(robot.lookup("#auditor-rerun").query().isDisabled());
    }
}
