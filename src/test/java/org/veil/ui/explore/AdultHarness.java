package org.veil.ui.explore;

import javafx.application.Application;
import javafx.stage.Stage;
import org.veil.ui.VeilApp;
import org.veil.ui.Workbench;
import org.veil.ui.common.FxDialogService;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.main.Step;

/**
 * Opens the workbench on Adult configured by {@link AdultProject}, for looking at the Explore step
 * on a large lattice by hand (press Ctrl+R); not a test. Run with the test classpath; the
 * arguments {@code k suppressionLimit}, e.g. {@code 5000 0}, choose other settings. The main
 * class does not extend Application, so JavaFX may sit on the class path (as with the Launcher).
 */
public final class AdultHarness {

    private AdultHarness() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The workbench with Adult open on the Explore step. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Workbench workbench = VeilApp.createWorkbench(stage, new FxDialogService(stage), new FxTaskRunner());
            stage.show();
            var args = getParameters().getUnnamed();
            workbench.workspace().open(args.size() < 2 ? AdultProject.workspace()
                    : AdultProject.workspace(Integer.parseInt(args.get(0)), Double.parseDouble(args.get(1))));
            workbench.view().show(Step.EXPLORE);
        }
    }
}
