package org.veil.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.CancelledException;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.AtomicFileWriter;
import org.veil.io.InputSource;

class CsvDatasetWriterTest {

    @TempDir
    Path folder;

    private static Dataset sample() {
        DatasetBuilder builder = new DatasetBuilder(List.of("name", "note", "amount"), 0);
        builder.addRow("Zoë", "=HYPERLINK(\"http://evil\")", "-12.5");
        builder.addRow("Bob", "a,b \"quoted\"\nnext line", null);
        builder.addRow("Cy", "@SUM(A1)", "+3");
        return builder.build();
    }

    private String write(Dataset data, CsvWriteOptions options) throws IOException {
        Path target = folder.resolve("out.csv");
        CsvDatasetWriter.write(data, target, options, ProgressListener.NONE, CancellationToken.NONE);
        return Files.readString(target, options.charset());
    }

    @Test
    void writesHeaderQuotesWhereNeededAndNeutralisesFormulas() throws IOException {
        String text = write(sample(), CsvWriteOptions.defaults());
        assertEquals("name,note,amount\n"
                + "Zoë,\"'=HYPERLINK(\"\"http://evil\"\")\",-12.5\n"
                + "Bob,\"a,b \"\"quoted\"\"\nnext line\",\n"
                + "Cy,'@SUM(A1),+3\n", text);
    }

    @Test
    void leavesFormulaLikeCellsAloneWhenNeutralisingIsOff() throws IOException {
        String text = write(sample(), CsvWriteOptions.defaults().withNeutraliseFormulas(false));
        assertTrue(text.contains("\"=HYPERLINK(\"\"http://evil\"\")\""), text);
        assertTrue(text.contains("Cy,@SUM(A1),+3"), text);
    }

    @Test
    void honoursDelimiterLineSeparatorQuotingAndMissingText() throws IOException {
        CsvWriteOptions options = CsvWriteOptions.defaults().withDelimiter(';').withLineSeparator("\r\n")
                .withQuoteAll(true).withMissingText("NA").withNeutraliseFormulas(false);
        String text = write(sample(), options);
        assertTrue(text.startsWith("\"name\";\"note\";\"amount\"\r\n"), text);
        assertTrue(text.contains(";\"NA\"\r\n"), text);
    }

    @Test
    void writesTheChosenCharset() throws IOException {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        write(sample(), CsvWriteOptions.defaults().withCharset(latin1));
        byte[] bytes = Files.readAllBytes(folder.resolve("out.csv"));
        assertEquals((byte) 0xEB, bytes["name,note,amount\nZo".length()], "ë as one ISO-8859-1 byte");
    }

    @Test
    void refusesValuesTheCharsetCannotEncodeAndLeavesTheTargetUntouched() throws IOException {
        Path target = folder.resolve("out.csv");
        Files.writeString(target, "previous content");
        IOException e = assertThrows(IOException.class, () -> CsvDatasetWriter.write(sample(), target,
                CsvWriteOptions.defaults().withCharset(StandardCharsets.US_ASCII), ProgressListener.NONE,
                CancellationToken.NONE));
        assertTrue(e.getMessage().contains("'Zoë'"), e.getMessage());
        assertEquals("previous content", Files.readString(target));
        assertNoTemporaryFiles();
    }

    @Test
    void cancellingLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("out.csv");
        Files.writeString(target, "previous content");
        CancellationToken cancel = new CancellationToken();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> CsvDatasetWriter.write(sample(), target,
                CsvWriteOptions.defaults(), ProgressListener.NONE, cancel));
        assertEquals("previous content", Files.readString(target));
        assertNoTemporaryFiles();
    }

    @Test
    void refusesToWriteOverTheInputFile() throws IOException {
        Path input = folder.resolve("in.csv");
        Files.writeString(input, "a\n1\n");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFileWriter.refuseToOverwrite(folder.resolve("./in.csv"), input));
        assertTrue(e.getMessage().contains("input"), e.getMessage());
        AtomicFileWriter.refuseToOverwrite(folder.resolve("other.csv"), input);
    }

    @Test
    void roundTripsThroughTheReader() throws Exception {
        Dataset original = sample();
        write(original, CsvWriteOptions.defaults().withNeutraliseFormulas(false));
        Dataset back = CsvTestSupport.read(InputSource.of(folder.resolve("out.csv")),
                CsvReadOptions.defaults().withMissingTokens(Set.of("")));
        assertEquals(original.columnNames(), back.columnNames());
        assertArrayEquals(CsvTestSupport.rows(original), CsvTestSupport.rows(back));
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("out.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
