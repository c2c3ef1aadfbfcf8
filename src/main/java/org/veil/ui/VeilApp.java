package org.veil.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.veil.service.ExportService;
import org.veil.service.ImportService;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.FxDialogService;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.export.ExportDialogView;
import org.veil.ui.importer.ImportDialogView;
import org.veil.ui.main.MainWindowView;
import org.veil.ui.main.MainWindowViewModel;

/**
 * The workbench application. With a file argument it opens that file's import dialog; without,
 * it opens the bundled sample data so there is something to explore at once.
 */
public final class VeilApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindowViewModel viewModel = createMainWindow(stage);
        stage.show();
        List<String> files = getParameters().getUnnamed();
        if (!files.isEmpty() && Files.isRegularFile(Path.of(files.get(0)))) {
            viewModel.open(Path.of(files.get(0)));
        } else {
            viewModel.openSample();
        }
    }

    /** Builds the main window into {@code stage} and returns its ViewModel. */
    public static MainWindowViewModel createMainWindow(Stage stage) {
        return createMainWindow(stage, new FxDialogService(stage));
    }

    /** Builds the main window with the given dialogs (UI tests script the file choosers). */
    public static MainWindowViewModel createMainWindow(Stage stage, DialogService dialogs) {
        MainWindowViewModel viewModel = new MainWindowViewModel(new ImportService(), new ExportService(), dialogs,
                ImportDialogView.launcher(stage), ExportDialogView.launcher(stage), new FxTaskRunner());
        MainWindowView view = new MainWindowView(viewModel);
        Scene scene = new Scene(view.root(), 1200, 760);
        scene.getStylesheets().add(VeilApp.class.getResource("/org/veil/ui/veil.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(VeilApp.class.getResourceAsStream("/org/veil/ui/icons/veil-" + size + ".png")));
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        return viewModel;
    }
}
