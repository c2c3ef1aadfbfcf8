package org.veil.service;

import java.nio.file.Files;
import java.nio.file.Path;
import org.veil.io.InputSource;

/**
 * The sample datasets shipped with Veil. They are read from {@code sample-data/} in the working
 * folder when Veil runs from a checkout, and from the copy inside the application otherwise.
 */
public final class SampleData {

    /** The synthetic patient records the workbench opens on first launch. */
    public static final String HEALTH = "health/patients.csv";

    /** The UCI Adult census extract used in anonymization benchmarks. */
    public static final String ADULT = "adult/adult.csv";

    private SampleData() {
    }

    /** A sample dataset by its path below {@code sample-data/}, e.g. {@link #HEALTH}. */
    public static InputSource source(String relativePath) {
        Path local = Path.of("sample-data").resolve(relativePath);
        if (Files.isRegularFile(local)) {
            return InputSource.of(local);
        }
        return InputSource.ofResource("/sample-data/" + relativePath);
    }
}
