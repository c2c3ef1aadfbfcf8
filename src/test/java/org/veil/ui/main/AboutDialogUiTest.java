package org.veil.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.veil.service.VeilVersion;
import org.veil.ui.VeilApp;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.ScriptedDialogService;

/** Help › About Veil, opened through the menu: version, licence, libraries, sample data credit, copy, close. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogUiTest {

    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        VeilApp.createWorkbench(stage, dialogs, new FxTaskRunner());
        stage.show();
    }

    /** The tests share one stage: whatever else this test opened must not outlive it. */
    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(window -> window != stage)
                .forEach(Window::hide));
    }

    @Test
    void showsVersionLicenceAndLibrariesThenCloses(FxRobot robot) throws Exception {
        robot.clickOn("Help");
        robot.clickOn("About Veil");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isPresent());

        assertEquals("Version " + VeilVersion.current(), text(robot, "#about-version"));
        assertTrue(text(robot, "#about-runtime").matches("Java \\S+ .*· JavaFX \\d+.*"), text(robot, "#about-runtime"));
        assertEquals(System.getProperty("os.name"), text(robot, "#about-system").split(" ")[0]);
        assertEquals(AboutViewModel.LOCAL_ONLY, text(robot, "#about-local"));

        assertTrue(text(robot, "#about-licence-name").contains("Apache License 2.0"));
        String licence = robot.lookup("#about-licence-text").queryAs(TextArea.class).getText();
        assertTrue(licence.contains("Version 2.0, January 2004") && licence.contains("END OF TERMS AND CONDITIONS"),
                "the full licence text");

        robot.clickOn("Third-party libraries");
        TableView<?> libraries = robot.lookup("#about-libraries").queryAs(TableView.class);
        assertTrue(libraries.getItems().stream().map(item -> ((ThirdPartyLibrary) item).name())
                .anyMatch(name -> name.startsWith("Apache POI")), libraries.getItems().toString());
        assertTrue(robot.lookup("#about-libraries .table-cell").queryAll().stream()
                .anyMatch(cell -> "Apache Commons CSV".equals(text(cell))), "a library is shown in the table");

        robot.clickOn("Sample data");
        assertTrue(text(robot, "#about-sample-credit").contains("CC BY 4.0"));

        robot.clickOn("#about-copy");
        assertEquals("Copied", text(robot, "#about-copy"), "copying leaves the dialog open");
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get(10, TimeUnit.SECONDS);
        assertTrue(copied != null && copied.startsWith("Veil " + VeilVersion.current()), String.valueOf(copied));

        robot.clickOn("#about-close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isEmpty());
        assertTrue(dialogs.messages().isEmpty(), dialogs.messages().toString());
    }

    private static String text(FxRobot robot, String query) {
        return text(robot.lookup(query).query());
    }

    private static String text(Node node) {
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }
}
