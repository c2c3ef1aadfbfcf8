package org.veil.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
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
import org.veil.ui.main.Step;

/** The lattice of Adult (6,480 transformations) in the workbench: drawn whole, zoomed into parts. */
@ExtendWith(ApplicationExtension.class)
class AdultLatticeUiTest {

    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = VeilApp.createWorkbench(stage, new ScriptedDialogService(), new FxTaskRunner());
        stage.show();
    }

    @Test
    void drawsAdultWithTheOptimumInViewAndRedrawsOnlyWhatIsVisible(FxRobot robot) throws Exception {
        robot.interact(() -> {
            workbench.workspace().open(AdultProject.workspace());
            workbench.view().show(Step.EXPLORE);
            workbench.anonymization().run();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.anonymization().selectedProperty().get() != null
                && !workbench.main().work().busyProperty().get());
        LatticeView lattice = robot.lookup("#lattice").queryAs(LatticeView.class);
        int optimum = workbench.anonymization().outcomeProperty().get().result().space().optimum();
        // the explore step hears of the outcome on a later pulse than the workbench
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lattice.centreOf(optimum).isPresent()
                && WaitForAsyncUtils.asyncFx(lattice::lastDrawnCount).get() > 0);
        int size = workbench.anonymization().outcomeProperty().get().result().space().lattice().size();
        int fitted = WaitForAsyncUtils.asyncFx(lattice::lastDrawnCount).get();
        assertTrue(fitted > size * 9 / 10, fitted + " of " + size + " drawn: the fitted view shows nearly all of it");

        int zoomedIn = WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 20; i++) {
                lattice.zoom(1.25);
            }
            return lattice.lastDrawnCount();
        }).get();
        assertTrue(zoomedIn > 0 && zoomedIn < size / 4, zoomedIn + " of " + size + " drawn when zoomed in");
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                lattice.zoom(0.8);
            }
        });
        assertEquals(1, lattice.zoomProperty().get(), 1e-6, "zoomed back out to the whole width");
    }
}
