package org.veil.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code Veil --self-test}, the installer's boot check: sample opened, anonymized, one line, exit 0. */
@ExtendWith(ApplicationExtension.class)
class SelfTestUiTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        new SelfTest(new PrintStream(printed, true, StandardCharsets.UTF_8), exitCode::complete)
                .start(stage, Duration.ofMinutes(2));
    }

    @Test
    void opensTheSampleProjectAnonymizesItAndExitsWithZero(FxRobot robot) throws Exception {
        assertEquals(0, exitCode.get(2, TimeUnit.MINUTES), printed.toString(StandardCharsets.UTF_8));
        String line = printed.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith("Veil self-test passed: "), line);
        assertTrue(line.contains("patients"), line);
        assertTrue(line.contains("20,000 rows"), line);
        assertTrue(line.contains("Selected"), line);
    }
}
