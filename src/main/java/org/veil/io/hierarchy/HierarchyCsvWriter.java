package org.veil.io.hierarchy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.io.csv.DelimitedRowsWriter;

/** Writes a hierarchy in the common CSV layout, UTF-8, atomically. */
public final class HierarchyCsvWriter {

    private HierarchyCsvWriter() {
    }

    public static void write(Hierarchy hierarchy, Path target, char delimiter) throws IOException {
        DelimitedRowsWriter.write(target, hierarchy.rows(), delimiter, StandardCharsets.UTF_8);
    }
}
