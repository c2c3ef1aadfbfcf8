package org.veil.engine.hierarchy.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.engine.hierarchy.Hierarchy;

/** Rows of a hierarchy as {@code value;level1;…} lines, for comparing with what a test expects. */
final class BuiltRows {

    private BuiltRows() {
    }

    static List<String> of(Hierarchy hierarchy) {
        List<String> lines = new ArrayList<>();
        for (String[] row : hierarchy.rows()) {
            lines.add(String.join(";", row));
        }
        return lines;
    }

    static List<String[]> split(String... lines) {
        return Arrays.stream(lines).map(line -> line.split(";", -1)).toList();
    }
}
