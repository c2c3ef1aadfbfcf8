package org.veil.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.veil.service.workspace.ProjectService;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.FxDialogService;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.common.UserSettings;
import org.veil.ui.main.RecoveryCopies;
import org.veil.ui.main.WindowPlacement;

/**
 * The workbench application. With a file argument it opens that file's import dialog; without,
 * it opens the bundled sample data so there is something to explore at once. Unsaved work is
 * copied every few minutes, and offered back at the next start if Veil did not close normally
 * ({@link RecoveryCopies}). With {@code --self-test} it runs {@link SelfTest} instead.
 */
public final class VeilApp extends Application {

    @Override
    public void start(Stage stage) {
        if (getParameters().getRaw().contains(SelfTest.FLAG)) {
            new SelfTest(System.out, System::exit).start(stage, java.time.Duration.ofMinutes(2));
            return;
        }
        UserSettings settings = UserSettings.preferences();
        DialogService dialogs = new FxDialogService(stage);
        TaskRunner tasks = new FxTaskRunner();
        Workbench workbench = createWorkbench(stage, dialogs, tasks, settings);
        WindowPlacement placement = new WindowPlacement(settings);
        placement.restore(stage);
        placement.rememberOnClose(stage);
        RecoveryCopies recovery = new RecoveryCopies(workbench.main(), new ProjectService(), tasks, dialogs,
                RecoveryCopies.defaultFolder(), RecoveryCopies.interval(settings), Clock.systemDefaultZone());
        stage.setOnCloseRequest(event -> {
            if (!workbench.main().mayDiscardChanges()) {
                event.consume(); // the user chose to keep the window and the changes
            }
        });
        // Closed normally (the window's close button or File › Exit, both after the unsaved-changes prompt).
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> recovery.close());
        stage.show();
        boolean recovered = recovery.offerRecovery(); // a copy left means Veil did not close normally
        recovery.start(VeilApp::timeline);
        if (recovered) {
            return; // the recovered work is being opened; opening anything else would replace it
        }
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty() && Files.isRegularFile(Path.of(files.get(0)))) {
            workbench.main().open(Path.of(files.get(0)));
        } else {
            workbench.main().openSample();
        }
    }

    /** Ticks on the JavaFX thread every {@code period} until stopped. */
    private static Runnable timeline(java.time.Duration period, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), event -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }

    /** Builds the workbench into {@code stage} with settings that last as long as it; for UI tests. */
    public static Workbench createWorkbench(Stage stage, DialogService dialogs, TaskRunner tasks) {
        return createWorkbench(stage, dialogs, tasks, UserSettings.inMemory());
    }

    /** Builds the workbench into {@code stage}. */
    public static Workbench createWorkbench(Stage stage, DialogService dialogs, TaskRunner tasks,
            UserSettings settings) {
        Workbench workbench = new Workbench(stage, dialogs, tasks, settings);
        // 1280×800, or less on a smaller screen, placed so that all of the window is on screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth());
        double height = Math.min(800, screen.getHeight());
        Scene scene = new Scene(workbench.view().root(), width, height);
        scene.getStylesheets().add(VeilApp.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.main().titleProperty());
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(VeilApp.class.getResourceAsStream("/org/veil/ui/icons/veil-" + size + ".png")));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(false);
        stage.sizeToScene(); // a reused stage (UI tests) keeps no size nor place from its previous scene
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 3);
        return workbench;
    }
}
