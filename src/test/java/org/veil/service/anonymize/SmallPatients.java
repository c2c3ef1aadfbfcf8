package org.veil.service.anonymize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.io.DatasetReadException;
import org.veil.io.InputSource;
import org.veil.service.ImportRequest;
import org.veil.service.ImportService;

/**
 * Eight patients with a direct identifier ({@code name}), two quasi-identifiers ({@code age},
 * {@code zip}) and a sensitive attribute ({@code disease}), with a hierarchy file for each of the
 * last three, written into a folder. Small enough to reason about by hand.
 */
public final class SmallPatients {

    public static final String DATA = "patients.csv";
    public static final String AGE = "hierarchy_age.csv";
    public static final String ZIP = "hierarchy_zip.csv";
    public static final String DISEASE = "hierarchy_disease.csv";
    public static final int ROWS = 8;

    private static final String DATA_TEXT = """
            name,age,zip,disease
            Anna,21,47677,flu
            Ben,22,47602,cold
            Cara,23,47678,flu
            Dan,24,47905,cancer
            Eve,25,47909,cold
            Finn,26,47906,cancer
            Gus,27,47605,flu
            Hana,28,47673,cold
            """;

    private static final String AGE_TEXT = """
            21;20-24;20-29;*
            22;20-24;20-29;*
            23;20-24;20-29;*
            24;20-24;20-29;*
            25;25-29;20-29;*
            26;25-29;20-29;*
            27;25-29;20-29;*
            28;25-29;20-29;*
            """;

    private static final String ZIP_TEXT = """
            47677;4767*;476**;*
            47678;4767*;476**;*
            47673;4767*;476**;*
            47602;4760*;476**;*
            47605;4760*;476**;*
            47905;4790*;479**;*
            47906;4790*;479**;*
            47909;4790*;479**;*
            """;

    private static final String DISEASE_TEXT = """
            flu;respiratory;*
            cold;respiratory;*
            cancer;cancer;*
            """;

    private SmallPatients() {
    }

    /** Writes the data and the three hierarchy files into {@code folder}; returns the data file. */
    public static Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : Map.of(DATA, DATA_TEXT, AGE, AGE_TEXT, ZIP, ZIP_TEXT, DISEASE,
                    DISEASE_TEXT).entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder.resolve(DATA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data, imported as the workbench and the command line import it. */
    public static Dataset dataset(Path folder) {
        ImportService imports = new ImportService();
        try {
            InputSource source = InputSource.of(folder.resolve(DATA));
            return imports.importDataset(new ImportRequest(source, imports.detect(source)), ProgressListener.NONE,
                    CancellationToken.NONE).dataset();
        } catch (DatasetReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A hierarchy file of the folder, read. */
    public static Hierarchy hierarchy(Path folder, String file) {
        try {
            return HierarchyLoader.read(folder.resolve(file));
        } catch (DatasetReadException | HierarchyException e) {
            throw new IllegalStateException(e);
        }
    }
}
