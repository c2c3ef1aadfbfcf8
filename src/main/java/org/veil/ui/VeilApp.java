package org.veil.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.FxDialogService;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.TaskRunner;
import org.veil.ui.common.UserSettings;
import org.veil.ui.main.WindowPlacement;

/**
 * The workbench application. With a file argument it opens that file's import dialog; without,
 * it opens the bundled sample data so there is something to explore at once.
 */
public final class VeilApp extends Application {

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.preferences();
        Workbench workbench = createWorkbench(stage, new FxDialogService(stage), new FxTaskRunner(), settings);
        WindowPlacement placement = new WindowPlacement(settings);
        placement.restore(stage);
        placement.rememberOnClose(stage);
        stage.setOnCloseRequest(event -> {
            if (!workbench.main().mayDiscardChanges()) {
                event.consume(); // the user chose to keep the window and the changes
            }
        });
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty() && Files.isRegularFile(Path.of(files.get(0)))) {
            workbench.main().open(Path.of(files.get(0)));
        } else {
            workbench.main().openSample();
        }
    }

    /** Builds the workbench into {@code stage} with settings that last as long as it; for UI tests. */
    public static Workbench createWorkbench(Stage stage, DialogService dialogs, TaskRunner tasks) {
        return createWorkbench(stage, dialogs, tasks, UserSettings.inMemory());
    }

    /** Builds the workbench into {@code stage}. */
    public static Workbench createWorkbench(Stage stage, DialogService dialogs, TaskRunner tasks,
            UserSettings settings) {
        Workbench workbench = new Workbench(stage, dialogs, tasks, settings);
        Scene scene = new Scene(workbench.view().root(), 1280, 800);
        scene.getStylesheets().add(VeilApp.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(workbench.main().titleProperty());
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(VeilApp.class.getResourceAsStream("/org/veil/ui/icons/veil-" + size + ".png")));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(false);
        stage.sizeToScene(); // a reused stage (UI tests) keeps no size from its previous scene
        return workbench;
    }
}
