package org.veil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails halfway leaves the previous file as it was, and no temporary file behind. */
class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileIntact() throws Exception {
        Path target = folder.resolve("project.veil");
        Files.writeString(target, "the previous save", StandardCharsets.UTF_8);

        IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", failure.getMessage());
        assertEquals("the previous save", Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    @Test
    void aWriteThatSucceedsReplacesTheFileWhole() throws Exception {
        Path target = folder.resolve("out.csv");
        Files.writeString(target, "old", StandardCharsets.UTF_8);

        AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target, StandardCharsets.UTF_8));
    }
}
