package org.veil.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Compares folders of generated sample files. */
public final class SampleFolders {

    private SampleFolders() {
    }

    /** The names of the CSV files in a folder, sorted. */
    public static List<String> csvFileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".csv")).sorted()
                    .toList();
        }
    }

    /** Asserts that both folders hold the same CSV files with the same bytes. */
    public static void assertSameCsvFiles(Path expected, Path actual) throws IOException {
        List<String> names = csvFileNames(expected);
        assertEquals(names, csvFileNames(actual), "CSV files in " + actual);
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)),
                    name + " differs from " + expected.resolve(name) + " (first differing byte offset shown)");
        }
    }
}
