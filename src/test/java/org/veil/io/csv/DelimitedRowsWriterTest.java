package org.veil.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class DelimitedRowsWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneLinePerRowWithTheDelimiterLfEndingsAndNoHeader() throws IOException {
        Path file = dir.resolve("hierarchy.csv");

        DelimitedRowsWriter.write(file, List.of(
                new String[] {"10027", "1002*", "*"},
                new String[] {"10451", "1045*", "*"}), ';', StandardCharsets.UTF_8);

        assertEquals("10027;1002*;*\n10451;1045*;*\n", Files.readString(file));
    }

    @Test
    void quotesOnlyCellsHoldingTheDelimiterOrAQuote() throws IOException {
        Path file = dir.resolve("hierarchy.csv");

        DelimitedRowsWriter.write(file, List.<String[]>of(
                new String[] {"E00-E89 Endocrine, nutritional", "a;b", "say \"hi\"", "*"}), ';',
                StandardCharsets.UTF_8);

        assertEquals("E00-E89 Endocrine, nutritional;\"a;b\";\"say \"\"hi\"\"\";*\n", Files.readString(file));
    }

    @Test
    void encodesTextInTheGivenCharset() throws IOException {
        Path file = dir.resolve("hierarchy.csv");

        DelimitedRowsWriter.write(file, List.<String[]>of(new String[] {"Zürich", "*"}), ',',
                StandardCharsets.ISO_8859_1);

        assertArrayEquals("Zürich,*\n".getBytes(StandardCharsets.ISO_8859_1), Files.readAllBytes(file));
    }

    @Test
    void failsOnTextTheCharsetCannotEncodeAndLeavesTheExistingFileAlone() throws IOException {
        Path file = dir.resolve("hierarchy.csv");
        Files.writeString(file, "old;*\n");

        assertThrows(IOException.class, () -> DelimitedRowsWriter.write(file,
                List.<String[]>of(new String[] {"Москва", "*"}), ';', StandardCharsets.US_ASCII));

        assertEquals("old;*\n", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }
}
