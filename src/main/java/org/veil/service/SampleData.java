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

    /**
     * The credit that {@link #ADULT}'s licence (CC BY 4.0) asks for wherever the data is passed on;
     * sample-data/adult/README.md has the details.
     */
    public static final String ADULT_CREDIT = "Adult: Barry Becker and Ronny Kohavi (1996). Adult [Dataset]."
            + " UCI Machine Learning Repository. https://doi.org/10.24432/C5XW20. Licensed under the Creative"
            + " Commons Attribution 4.0 International licence (CC BY 4.0,"
            + " https://creativecommons.org/licenses/by/4.0/). Its generalization hierarchies are those of the"
            + " example data of the ARX Data Anonymization Tool (Apache License 2.0).";

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
