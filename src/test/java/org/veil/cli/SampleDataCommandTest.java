package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.service.sample.SampleDataWriter;
import org.veil.service.sample.SampleFolders;

/** {@code veil generate-sample}. */
class SampleDataCommandTest {

    @TempDir
    Path dir;

    @Test
    void generateSampleWritesWhatTheServiceWritesForTheSameRowsAndSeed() throws IOException {
        Path fromCommand = dir.resolve("command");

        int exitCode = VeilCommand.execute("generate-sample", "--out", fromCommand.toString(), "--rows", "300",
                "--seed", "9");

        assertEquals(0, exitCode);
        SampleDataWriter.write(dir.resolve("service"), 300, 9);
        SampleFolders.assertSameCsvFiles(dir.resolve("service"), fromCommand);
    }

    @Test
    void generateSampleRejectsARowCountBelowOne() {
        Path out = dir.resolve("none");

        assertEquals(2, VeilCommand.execute("generate-sample", "--out", out.toString(), "--rows", "0"));
        assertFalse(Files.exists(out));
    }
}
