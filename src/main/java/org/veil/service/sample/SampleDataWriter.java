package org.veil.service.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Dataset;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.csv.CsvDatasetWriter;
import org.veil.io.csv.CsvWriteOptions;
import org.veil.io.csv.DelimitedRowsWriter;

/**
 * Writes the synthetic health sample into a folder: {@code patients.csv} (comma-separated, with a
 * header) and one {@code hierarchy_<column>.csv} per quasi-identifier and the diagnosis
 * ({@code ;}-separated, no header), all UTF-8 with LF line endings. Existing files are replaced.
 */
public final class SampleDataWriter {

    public static final String PATIENTS_FILE = "patients.csv";
    public static final char HIERARCHY_DELIMITER = ';';

    private SampleDataWriter() {
    }

    /** The file name of a column's hierarchy, e.g. {@code hierarchy_zip.csv}. */
    public static String hierarchyFileName(String column) {
        return "hierarchy_" + column + ".csv";
    }

    /**
     * Generates the sample and writes it.
     *
     * @return the files written, patients first
     */
    public static List<Path> write(Path folder, int rows, long seed) throws IOException {
        Dataset patients = SyntheticHealthData.generate(rows, seed);
        List<Path> written = new ArrayList<>();
        Path patientsFile = folder.resolve(PATIENTS_FILE);
        // Verbatim values: the hierarchies must match the data character for character.
        CsvWriteOptions options = CsvWriteOptions.defaults().withNeutraliseFormulas(false);
        CsvDatasetWriter.write(patients, patientsFile, options, ProgressListener.NONE, CancellationToken.NONE);
        written.add(patientsFile);
        for (Map.Entry<String, List<String[]>> hierarchy : HealthHierarchies.build(patients).entrySet()) {
            Path file = folder.resolve(hierarchyFileName(hierarchy.getKey()));
            DelimitedRowsWriter.write(file, hierarchy.getValue(), HIERARCHY_DELIMITER, StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
