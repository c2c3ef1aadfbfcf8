package org.veil.io.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.io.InputSource;

class HierarchyCsvWriterTest {

    @TempDir
    Path dir;

    private static List<List<String>> rows(Hierarchy hierarchy) {
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : hierarchy.rows()) {
            rows.add(List.of(row));
        }
        return rows;
    }

    private static Hierarchy hierarchy(String[]... rows) throws Exception {
        return Hierarchy.of(List.of(rows));
    }

    @Test
    void writesOneLfTerminatedRowPerValueInUtf8() throws Exception {
        Path file = dir.resolve("age.csv");
        HierarchyCsvWriter.write(hierarchy(new String[] {"20", "20-29", "*"}, new String[] {"München", "DE", "*"}),
                file, ';');
        assertEquals("20;20-29;*\nMünchen;DE;*\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void writingAndReadingBackGivesTheSameRowsWithEitherDelimiter() throws Exception {
        Hierarchy original = hierarchy(
                new String[] {"Doe; John", "Staff, all", "*"},
                new String[] {"say \"hi\"", "Staff, all", "*"},
                new String[] {"", "unknown", "*"},
                new String[] {" padded ", "Other", "*"},
                new String[] {"Zürich", "Other", "*"},
                new String[] {"two\nlines", "Other", "*"});
        for (char delimiter : new char[] {';', ','}) {
            Path file = dir.resolve("round-" + (int) delimiter + ".csv");
            HierarchyCsvWriter.write(original, file, delimiter);
            Hierarchy back = HierarchyCsvReader.read(InputSource.of(file));
            assertEquals(rows(original), rows(back), "delimiter " + delimiter + ":\n" + Files.readString(file));
        }
    }

    @Test
    void theAdultAgeHierarchyRoundTrips() throws Exception {
        Hierarchy age = HierarchyCsvReader.read(InputSource.of(Path.of("sample-data", "adult", "adult_hierarchy_age.csv")));
        Path file = dir.resolve("age.csv");
        HierarchyCsvWriter.write(age, file, ',');
        assertEquals(rows(age), rows(HierarchyCsvReader.read(InputSource.of(file))));
    }

    @Test
    void writingReplacesAnExistingFile() throws Exception {
        Path file = dir.resolve("sex.csv");
        Files.writeString(file, "old content that is longer than the new one\n");
        HierarchyCsvWriter.write(hierarchy(new String[] {"M", "*"}, new String[] {"F", "*"}), file, ';');
        assertEquals("M;*\nF;*\n", Files.readString(file));
    }
}
