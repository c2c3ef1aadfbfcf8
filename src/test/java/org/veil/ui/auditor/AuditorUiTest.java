package org.veil.ui.auditor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.project.audit.AuditEntry;
import org.veil.project.audit.AuditKind;
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

    /** The tests share one stage: the auditor window (and its tooltips) must not outlive the test. */
    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(window -> window != main)
                .forEach(Window::hide));
    }

    /** Waits for a condition checked on the FX thread; a condition that throws counts as not met yet. */
    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the sample project for audit through the menu, sizes the window to 1280×800 and waits until it is read. */
    private Stage openAuditor(FxRobot robot) throws TimeoutException {
        dialogs.choose(PROJECT.toAbsolutePath());
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-audit-open".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        waitFor(() -> robot.lookup("#auditor").tryQuery().isPresent());
        Stage auditor = (Stage) robot.lookup("#auditor").query().getScene().getWindow();
        robot.interact(() -> {
            auditor.setX(0);
            auditor.setY(0);
            auditor.setWidth(1280);
            auditor.setHeight(800);
        });
        Node root = robot.lookup("#auditor").query();
        waitFor(() -> !robot.lookup("#auditor-rerun").queryButton().isDisabled()
                && !robot.from(root).lookup("#audit-table").queryAs(TableView.class).getItems().isEmpty());
        return auditor;
    }

    @Test
    void theMenuOpensTheProjectReadOnlyInAWindowOfItsOwn(FxRobot robot) throws Exception {
        Window auditor = openAuditor(robot);

        assertEquals(main, ((Stage) auditor).getOwner(), "the window belongs to the main window");
        ListView<?> checks = robot.lookup("#auditor-checks").queryAs(ListView.class);
        waitFor(() -> checks.getItems().size() >= 4);
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
        assertEveryRowShown(robot, checks);
    }

    @Test
    void afterTheRerunEveryCheckIncludingItsResultIsInViewAndTheConfigurationHasRoom(FxRobot robot)
            throws Exception {
        openAuditor(robot);
        ListView<AuditorViewModel.CheckRow> checks = robot.lookup("#auditor-checks").queryListView();
        Button rerun = robot.lookup("#auditor-rerun").queryButton();

        robot.interact(rerun::fire);
        waitFor(() -> !rerun.isDisabled() && !checks.getItems().isEmpty() && checks.getItems().stream()
                .noneMatch(c -> c.status() == AuditorViewModel.Status.PENDING));

        AuditorViewModel.CheckRow last = checks.getItems().get(checks.getItems().size() - 1);
        assertTrue(last.text().startsWith("Running the project again"), last.text());
        assertTrue(checks.getItems().size() >= 6, checks.getItems().toString());
        assertTrue(checks.getHeight() >= AuditorView.heightFor(checks) - 0.5, "the list fits its "
                + checks.getItems().size() + " rows: " + checks.getHeight() + " < " + AuditorView.heightFor(checks));
        assertEveryRowShown(robot, checks);
        assertTrue(robot.from(checks).lookup(".auditor-check-holds").queryAll().size() == checks.getItems().size(),
                "every check is drawn with ok");

        TableView<?> settings = robot.lookup("#auditor-settings").queryAs(TableView.class);
        assertTrue(shownRows(robot, settings) >= 12, "at 1280×800 the configuration shows at least 12 rows, not "
                + shownRows(robot, settings));
        TableView<?> trail = robot.lookup("#audit-table").queryAs(TableView.class);
        assertEquals(trail.getItems().size(), shownRows(robot, trail), "the whole trail of the sample is in view");
    }

    @Test
    void theTrailShowsDetailsUnderHumanLabelsAndTheSelectedEntryInFull(FxRobot robot) throws Exception {
        openAuditor(robot);
        TableView<AuditEntry> trail = robot.lookup("#audit-table").queryTableView();
        AuditEntry save = trail.getItems().stream().filter(e -> e.kind() == AuditKind.SAVE).findFirst().orElseThrow();
        String hash = save.details().get("contentSha256");
        assertNotNull(hash, save.toString());

        TableCell<?, ?> cell = robot.from(trail).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "audit-details-column".equals(c.getTableColumn().getId()) && c.getIndex() == trail
                        .getItems().indexOf(save)).findFirst().orElseThrow();
        assertEquals("Configuration SHA-256: " + hash, cell.getText());
        assertNotNull(cell.getTooltip(), "the full details are in a tooltip");
        assertTrue(cell.getTooltip().getText().contains(hash), cell.getTooltip().getText());
        Set<String> shown = robot.from(trail).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).collect(Collectors.toSet());
        assertTrue(shown.stream().noneMatch(t -> t.contains("quasiIdentifiers") || t.contains("contentSha256")),
                "no key of the trail's format is shown: " + shown);

        robot.interact(() -> trail.getSelectionModel().select(save));
        WaitForAsyncUtils.waitForFxEvents();
        GridPane facts = robot.lookup("#audit-entry-details").queryAs(GridPane.class);
        List<String> labels = facts.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(labels.contains("Configuration SHA-256:"), labels.toString());
        TextField value = facts.getChildren().stream().filter(n -> n instanceof TextField)
                .map(n -> (TextField) n).filter(f -> f.getText().equals(hash)).findFirst()
                .orElseThrow(() -> new AssertionError("the full hash is in the details pane: " + facts.getChildren()));
        assertFalse(value.isEditable(), "the details can be selected and copied, not changed");
        assertTrue(facts.getChildren().stream().filter(n -> n instanceof TextField)
                .anyMatch(f -> ((TextField) f).getText().equals(save.hash())), "the entry's own hash is shown");
        String heading = robot.lookup("#audit-entry-heading").queryLabeled().getText();
        assertTrue(heading.startsWith("#" + save.sequence() + " SAVE"), heading);
    }

    /** Every item of the list is drawn by a visible cell lying wholly inside the list: none is scrolled away. */
    private static void assertEveryRowShown(FxRobot robot, ListView<?> list) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds inside = list.localToScene(list.getLayoutBounds());
        Set<Object> shown = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty() && within(inside, c))
                .map(ListCell::getItem).collect(Collectors.toSet());
        assertEquals(Set.copyOf(list.getItems()), shown, "every check is in view");
    }

    /** How many of the table's items are drawn by rows lying wholly inside the table. */
    private static long shownRows(FxRobot robot, TableView<?> table) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds inside = table.localToScene(table.getLayoutBounds());
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && within(inside, r)).map(TableRow::getIndex).distinct()
                .count();
    }

    private static boolean within(Bounds outer, IndexedCell<?> cell) {
        Bounds bounds = cell.localToScene(cell.getLayoutBounds());
        return bounds.getMinY() >= outer.getMinY() - 0.5 && bounds.getMaxY() <= outer.getMaxY() + 0.5;
    }
}
