package org.veil.service.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.io.DatasetReadException;

/** {@link HierarchyLoader}: hierarchy files read and checked against their column. */
class AnonymizationHierarchyFilesTest {

    @TempDir
    Path dir;

    private Dataset data;

    @BeforeEach
    void writePatients() {
        SmallPatients.write(dir);
        data = SmallPatients.dataset(dir);
    }

    @Test
    void loadsAHierarchyThatCoversItsColumn() throws Exception {
        Hierarchy age = HierarchyLoader.load(dir.resolve(SmallPatients.AGE), data, "age");

        assertEquals(3, age.height());
        assertEquals("20-24", age.generalize("23", 1));
    }

    @Test
    void aHierarchyMissingValuesOfItsColumnListsThemAndNamesTheFile() throws IOException {
        Path partial = dir.resolve("partial_zip.csv");
        Files.writeString(partial, "47677;4767*;*\n47602;4760*;*\n47605;4760*;*\n");

        HierarchyException e = assertThrows(HierarchyException.class,
                () -> HierarchyLoader.load(partial, data, "zip"));

        assertEquals(List.of("'47678'", "'47905'", "'47909'", "'47906'", "'47673'"), e.problems());
        assertTrue(e.getMessage().startsWith(partial + ": the hierarchy does not cover 5 values of column 'zip': "),
                e.getMessage());
        assertTrue(e.getMessage().contains("'47678'; '47905'; '47909'; '47906'; '47673'"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedWithoutAStackOfDetails() {
        Path missing = dir.resolve("no_such_hierarchy.csv");

        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> HierarchyLoader.load(missing, data, "age"));

        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void aHierarchyThatIsNotATreeListsTheConflictsAndNamesTheFile() throws IOException {
        Path twoParents = dir.resolve("two_parents.csv");
        Files.writeString(twoParents, "21;20-24;20-29;*\n22;20-24;20-39;*\n");

        HierarchyException e = assertThrows(HierarchyException.class, () -> HierarchyLoader.read(twoParents));

        assertTrue(e.getMessage().startsWith(twoParents + ": the hierarchy is not a valid tree"), e.getMessage());
        assertTrue(e.getMessage().contains("'20-24' on level 1 has two parents"), e.getMessage());
    }

    @Test
    void aRaggedHierarchyFileNamesTheLine() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "21;20-24;20-29;*\n22;20-24;*\n23;20-24;20-29;*\n");

        Exception e = assertThrows(Exception.class, () -> HierarchyLoader.read(ragged));

        assertTrue(e instanceof DatasetReadException || e instanceof HierarchyException, e.toString());
        assertTrue(e.getMessage().startsWith(ragged.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 2") || e.getMessage().contains("row 2"), e.getMessage());
    }
}
