package org.veil.io.hierarchy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.ImportProblem;
import org.veil.io.InputSource;
import org.veil.io.csv.CsvDatasetReader;
import org.veil.io.csv.CsvFormatDetector;

class HierarchyCsvReaderTest {

    private static final Path ADULT = Path.of("sample-data", "adult");

    private static Hierarchy fixture(String name) throws Exception {
        return HierarchyCsvReader.read(InputSource.ofResource("/hierarchy/" + name));
    }

    @Test
    void readsASemicolonSeparatedFile() throws Exception {
        Hierarchy ages = fixture("ages-semicolon.csv");
        assertEquals(2, ages.height());
        assertEquals(List.of("20", "25", "30", "35"), ages.values());
        assertEquals("30-39", ages.generalize("35", 1));
        assertEquals("*", ages.generalize("20", 2));
    }

    @Test
    void readsACommaSeparatedFileWithCrlfAndNoFinalLineBreak() throws Exception {
        Hierarchy ages = fixture("ages-comma.csv");
        assertEquals(fixture("ages-semicolon.csv").rows().stream().map(List::of).toList(),
                ages.rows().stream().map(List::of).toList());
    }

    @Test
    void readsUtf8WithAByteOrderMarkWithoutTheMarkInTheFirstValue() throws Exception {
        Hierarchy cities = fixture("cities-utf8-bom.csv");
        assertEquals(List.of("Zürich", "Genève", "München", "Besançon"), cities.values());
        assertEquals("Schweiz", cities.generalize("Zürich", 1));
        assertEquals(3, cities.height());
    }

    @Test
    void readsWindows1252() throws Exception {
        Hierarchy cities = fixture("cities-windows-1252.csv");
        assertEquals(List.of("Zürich", "Genève", "München", "Besançon"), cities.values());
        assertEquals("Deutschland", cities.generalize("München", 1));
    }

    @Test
    void quotedCellsMayHoldTheDelimiterQuotesAndLineBreaks() throws Exception {
        Hierarchy quoted = fixture("quoted.csv");
        assertEquals(List.of("Doe; John", "say \"hi\"", "plain", "two\nlines"), quoted.values());
        assertEquals("Staff; all", quoted.generalize("Doe; John", 1));
        assertEquals("Other", quoted.generalize("two\nlines", 1));
    }

    @Test
    void anEmptyFirstCellIsAValueThatCoversMissingData() throws Exception {
        Hierarchy sexes = fixture("missing-value.csv");
        assertEquals(List.of("", "M", "F"), sexes.values());
        assertEquals("unknown", sexes.generalize("", 1));
        assertEquals(List.of(), sexes.uncoveredValues(Dictionary.of("M", null, "F")));
    }

    @Test
    void blankLinesAreSkipped() throws Exception {
        assertEquals(List.of("a", "b"), fixture("blank-lines.csv").values());
    }

    @Test
    void aRowWithTooFewCellsIsReportedWithItsLine() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> fixture("ragged.csv"));
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(3, e.line(), "c;* is on line 3");
        assertEquals("ragged.csv", e.source());
        assertTrue(e.getMessage().startsWith("ragged.csv, line 3"), e.getMessage());
    }

    @Test
    void aRowWithTooManyCellsIsReportedWithItsPhysicalLineAfterAQuotedLineBreak() {
        // the first value spans lines 1-2, so "c;y;*;extra" is on line 4
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> fixture("ragged-after-multiline.csv"));
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("extra value 'extra'"), e.getMessage());
    }

    @Test
    void aRaggedRowInAWindows1252FileWithCrlfAndABlankLineIsReportedWithItsLine() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> fixture("ragged-crlf.csv"));
        assertEquals(ImportProblem.RAGGED_ROW, e.problem());
        assertEquals(4, e.line(), "München;* follows a blank line 3");
    }

    @Test
    void anEmptyFileIsReported() {
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> fixture("empty.csv"));
        assertEquals(ImportProblem.EMPTY_FILE, e.problem());
        assertTrue(e.getMessage().startsWith("empty.csv"), e.getMessage());
    }

    @Test
    void aFileThatIsNotATreeIsReportedWithTheFileNameAndEveryProblem() {
        HierarchyException e = assertThrows(HierarchyException.class, () -> fixture("two-parents.csv"));
        assertEquals(List.of("'20-29' on level 1 has two parents: 'young' (row 1) and 'old' (row 2)"), e.problems());
        assertTrue(e.getMessage().startsWith("two-parents.csv: the hierarchy is not a valid tree"), e.getMessage());
    }

    @Test
    void readsBytesInMemory() throws Exception {
        Hierarchy sexes = HierarchyCsvReader.read(InputSource.ofBytes("sex.csv",
                "Male;*\nFemale;*\n".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals(new String[] {"Female", "*"}, sexes.row(1));
        assertEquals(1, sexes.height());
    }

    @ParameterizedTest(name = "{0}: height {1}, {2} values")
    @CsvSource({
            "age, 4, 100",
            "education, 3, 16",
            "marital-status, 2, 7",
            "native-country, 2, 41",
            "occupation, 2, 14",
            "race, 1, 5",
            "salary-class, 1, 2",
            "sex, 1, 2",
            "workclass, 2, 8"})
    void theAdultHierarchiesLoadWithTheirHeights(String attribute, int height, int values) throws Exception {
        Hierarchy hierarchy = HierarchyCsvReader.read(InputSource.of(ADULT.resolve("adult_hierarchy_" + attribute + ".csv")));
        assertEquals(height, hierarchy.height());
        assertEquals(values, hierarchy.size());
        for (String value : hierarchy.values()) {
            assertEquals("*", hierarchy.generalize(value, height), value);
        }
    }

    @Test
    void theAdultHierarchiesGeneralizeAsTheReadmeShows() throws Exception {
        Hierarchy age = HierarchyCsvReader.read(InputSource.of(ADULT.resolve("adult_hierarchy_age.csv")));
        assertArrayEquals(new String[] {"38", "35-39", "30-39", "20-39", "*"}, age.row(age.values().indexOf("38")));
        Hierarchy workclass = HierarchyCsvReader.read(InputSource.of(ADULT.resolve("adult_hierarchy_workclass.csv")));
        assertEquals("Government", workclass.generalize("Federal-gov", 1));
    }

    @Test
    void theAdultHierarchiesCoverEveryValueOfTheAdultData() throws Exception {
        InputSource source = InputSource.of(ADULT.resolve("adult.csv"));
        Dataset adult = CsvDatasetReader.read(source, CsvFormatDetector.detect(source), Integer.MAX_VALUE,
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(30_162, adult.rowCount());
        for (String column : adult.columnNames()) {
            Hierarchy hierarchy = HierarchyCsvReader.read(InputSource.of(ADULT.resolve("adult_hierarchy_" + column + ".csv")));
            hierarchy.requireCovers(column, adult.column(column).dictionary());
        }
    }
}
