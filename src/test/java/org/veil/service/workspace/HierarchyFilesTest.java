package org.veil.service.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.io.DatasetReadException;
import org.veil.service.anonymize.HierarchyLoader;

class HierarchyFilesTest {

    @TempDir
    Path folder;

    private final Dataset people = PeopleWorkspace.create().dataset();

    @Test
    void readsAHierarchyThatCoversTheColumnNamedAfterItsFile() throws Exception {
        Path file = PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY);
        AssignedHierarchy assigned = HierarchyFiles.read(file, people, "zip");
        assertEquals("zips.csv", assigned.source());
        assertEquals(3, assigned.hierarchy().height());
        assertEquals("1011*", assigned.hierarchy().generalize("10115", 1));
    }

    @Test
    void refusesAHierarchyThatDoesNotCoverTheColumnListingTheValuesOnePerLine() {
        Path file = PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.ZIP_HIERARCHY_WITHOUT_10115);
        UncoveredValuesException e = assertThrows(UncoveredValuesException.class,
                () -> HierarchyFiles.read(file, people, "zip"));
        assertEquals(List.of("10115"), e.values());
        assertEquals("zips.csv does not cover 1 value of column 'zip':\n  '10115'\nAdd a row for each"
                + " (value;level 1;…;*) and import the file again.", e.getMessage());
    }

    @Test
    void listsTenUncoveredValuesAndCountsTheRest() {
        List<String> values = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "v" + i).toList();
        String message = new UncoveredValuesException("h.csv", "c", values).getMessage();
        assertTrue(message.contains("'v9'\n  … and 2 more"), message);
        assertFalse(message.contains("'v10'"), message);
    }

    @Test
    void reportsAHierarchyThatIsNotATreeWithEveryProblem() {
        Path file = PeopleWorkspace.file(folder, "zips.csv", "10001;1000*;*\n10002;1000*;other\n10115;1011*;*\n");
        HierarchyException e = assertThrows(HierarchyException.class, () -> HierarchyFiles.read(file, people, "zip"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("'1000*' on level 1 has two parents"), e.getMessage());
    }

    @Test
    void reportsAMalformedFileWithItsLine() {
        Path file = PeopleWorkspace.file(folder, "zips.csv", PeopleWorkspace.RAGGED_HIERARCHY);
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> HierarchyFiles.read(file, people, "zip"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("zips.csv, line 2"), e.getMessage());
    }

    @Test
    void writesAFileThatReadsBackEqual() throws Exception {
        Hierarchy original = HierarchyLoader.read(PeopleWorkspace.file(folder, "in.csv", "a;\"x;y\";*\nb;z;*\n"));
        Path target = folder.resolve("sub/out.csv");
        HierarchyFiles.write(original, target, null);
        Hierarchy back = HierarchyLoader.read(target);
        assertEquals(rows(original), rows(back));
        assertTrue(Files.readString(target).startsWith("a;\"x;y\";*\n"), "the common layout, quoted where needed");
    }

    @Test
    void neverWritesOverTheInputFile() throws Exception {
        Path input = PeopleWorkspace.file(folder, "people.csv", "name\nAnn\n");
        Hierarchy hierarchy = HierarchyLoader.read(PeopleWorkspace.file(folder, "h.csv", "a;*\n"));
        IOException e = assertThrows(IOException.class, () -> HierarchyFiles.write(hierarchy, input, input));
        assertTrue(e.getMessage().contains("refusing to write over the input file"), e.getMessage());
        assertEquals("name\nAnn\n", Files.readString(input));
        assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }

    @Test
    void suggestsTheHierarchysOwnFileNameOrOneAfterTheColumn() throws Exception {
        Hierarchy hierarchy = HierarchyLoader.read(PeopleWorkspace.file(folder, "h.csv", "a;*\n"));
        assertEquals("zips.csv", HierarchyFiles.suggestedName("zip", new AssignedHierarchy(hierarchy, "zips.csv")));
        assertEquals("hierarchy_zip.csv", HierarchyFiles.suggestedName("zip", new AssignedHierarchy(hierarchy,
                "interval builder")));
    }

    private static List<List<String>> rows(Hierarchy hierarchy) {
        return hierarchy.rows().stream().map(List::of).toList();
    }
}
