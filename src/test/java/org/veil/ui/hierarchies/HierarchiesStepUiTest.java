package org.veil.ui.hierarchies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
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

/** The Hierarchies step on the sample project: the list of columns, a hierarchy level by level, Remove and undo. */
@ExtendWith(ApplicationExtension.class)
class HierarchiesStepUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
        workbench.main().openSample();
    }

    @Test
    void showsTheSelectedHierarchyLevelByLevelAndRemovesItUndoably(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.workspace().get() != null);
        robot.clickOn("#step-hierarchies");
        ListView<?> list = robot.lookup("#hierarchy-columns").queryListView();
        assertEquals(List.of("zip", "birth_date", "sex", "ethnicity", "diagnosis"),
                list.getItems().stream().map(item -> ((HierarchyEntry) item).column()).toList());

        robot.clickOn(robot.lookup("#hierarchy-columns .entry-name").match(node -> "sex".equals(text(node)))
                .queryAs(Node.class));

        assertEquals(List.of("Level 0 (values)", "Level 1"), texts(robot, "#hierarchy-table .column-name"));
        assertEquals(List.of("2 groups", "1 group"), texts(robot, "#hierarchy-table .level-groups"));
        assertEquals("hierarchy_sex.csv · height 1 · 2 values", text(robot.lookup("#hierarchy-source").query()));

        robot.clickOn("#remove-hierarchy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> texts(robot, "#hierarchy-columns .entry-status").contains("Quasi-identifying · missing"));
        assertEquals("Remove hierarchy of sex", workbench.workspace().undo().undoDescriptionProperty().get());
        robot.interact(() -> workbench.workspace().undo().undo());
        assertTrue(texts(robot, "#hierarchy-columns .entry-status").stream().noneMatch(t -> t.endsWith("missing")));
        assertTrue(dialogs.messages().isEmpty(), dialogs.messages().toString());
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().map(HierarchiesStepUiTest::text).toList();
    }

    private static String text(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
