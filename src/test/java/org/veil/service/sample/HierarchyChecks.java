package org.veil.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assertions on generalization hierarchies in the layout {@code value;level1;…;*}. */
final class HierarchyChecks {

    private HierarchyChecks() {
    }

    /** Reads a {@code ;}-separated hierarchy file without quoting, LF or CRLF line endings. */
    static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(line.split(";", -1));
        }
        return rows;
    }

    /**
     * Asserts that the hierarchy is well formed — rows of one length ending in {@code *}, each value
     * listed once, each entry of a level with exactly one parent on the next — and that it covers
     * every value of the data.
     */
    static void assertValidHierarchy(String name, List<String[]> rows, Set<String> dataValues) {
        assertTrue(!rows.isEmpty(), name + " hierarchy is empty");
        int length = rows.get(0).length;
        assertTrue(length >= 2, name + " hierarchy needs at least the value and *");
        Set<String> listed = new HashSet<>();
        List<Map<String, String>> parentByLevel = new ArrayList<>();
        for (int level = 0; level < length - 1; level++) {
            parentByLevel.add(new HashMap<>());
        }
        for (String[] row : rows) {
            String value = row[0];
            assertEquals(length, row.length, name + " row of " + value + " differs in length");
            assertEquals("*", row[length - 1], name + " row of " + value + " does not end in *");
            assertTrue(listed.add(value), name + " lists " + value + " twice");
            for (int level = 0; level < length - 1; level++) {
                String earlier = parentByLevel.get(level).putIfAbsent(row[level], row[level + 1]);
                if (earlier != null && !earlier.equals(row[level + 1])) {
                    fail(name + ": " + row[level] + " at level " + level + " has two parents, "
                            + earlier + " and " + row[level + 1]);
                }
            }
        }
        Set<String> uncovered = new HashSet<>(dataValues);
        uncovered.removeAll(listed);
        assertTrue(uncovered.isEmpty(), name + " hierarchy misses " + uncovered);
    }
}
