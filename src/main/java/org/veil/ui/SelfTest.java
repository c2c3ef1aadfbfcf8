package org.veil.ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.veil.ui.common.DialogService;
import org.veil.ui.common.FxTaskRunner;
import org.veil.ui.common.UserSettings;
import org.veil.ui.workspace.AnonymizationModel;

/**
 * {@code Veil --self-test}: proves that an installed workbench boots. It opens the window on the
 * bundled sample project, anonymizes it, prints one line and exits 0; any error shown to the user, or
 * no result within the time limit, prints the reason and exits 1. It leaves the user's settings and
 * recovery copies alone, and never waits for a person. The installer check runs it under Xvfb.
 */
public final class SelfTest {

    /** The command-line flag that starts the self-test instead of a normal session. */
    public static final String FLAG = "--self-test";

    private final PrintStream out;
    private final IntConsumer exit;
    private boolean finished;

    /**
     * @param exit called once, on the JavaFX thread, with 0 for success or 1 for failure
     */
    public SelfTest(PrintStream out, IntConsumer exit) {
        this.out = out;
        this.exit = exit;
    }

    /** Builds the workbench into {@code stage} and starts the check; returns at once. */
    public void start(Stage stage, java.time.Duration limit) {
        Workbench workbench = VeilApp.createWorkbench(stage, new FailingDialogs(), new FxTaskRunner(),
                UserSettings.inMemory());
        stage.show();
        PauseTransition timeout = new PauseTransition(Duration.millis(limit.toMillis()));
        timeout.setOnFinished(event -> finish(1, "no result within " + limit.toSeconds() + " s"));
        timeout.play();
        AnonymizationModel anonymization = workbench.anonymization();
        // Anonymize once the sample is open and the work it took to open has finished.
        anonymization.canRunProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (now && workbench.workspace().get() != null) {
                    value.removeListener(this);
                    anonymization.run();
                }
            }
        });
        anonymization.outcomeProperty().addListener((value, was, outcome) -> {
            if (outcome != null) {
                timeout.stop();
                // Reports once the run's completion has also selected the optimum.
                Platform.runLater(() -> finish(outcome.isAnonymous() ? 0 : 1, String.format("%s, %,d rows: %s",
                        stage.getTitle(), workbench.workspace().get().dataset().rowCount(),
                        anonymization.stateProperty().get())));
            }
        });
        workbench.main().openSample();
    }

    private void finish(int code, String message) {
        if (finished) {
            return;
        }
        finished = true;
        out.println("Veil self-test " + (code == 0 ? "passed" : "FAILED") + ": " + message);
        out.flush();
        exit.accept(code);
    }

    /** Any error or warning a user would see fails the check; nothing waits for an answer. */
    private final class FailingDialogs implements DialogService {

        @Override
        public void showError(String title, String message) {
            finish(1, title + ": " + message);
        }

        @Override
        public void showWarning(String title, String message) {
            finish(1, title + ": " + message);
        }

        @Override
        public Optional<Path> showOpenDialog(String title, List<FileFilter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> showSaveDialog(String title, String suggestedName, List<FileFilter> filters) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String message, String action) {
            return false;
        }
    }
}
