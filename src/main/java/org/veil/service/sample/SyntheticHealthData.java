package org.veil.service.sample;

import java.util.List;
import java.util.SplittableRandom;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;

/**
 * A synthetic table of hospital stays, one patient per row, for trying out anonymization without
 * touching anyone's health data. Every value is drawn at random from built-in tables; names, social
 * security numbers, e-mail addresses and phone numbers come from ranges that cannot belong to a real
 * person. The same row count and seed always give the same table, value for value, on any machine.
 */
public final class SyntheticHealthData {

    /** The seed of the bundled sample in {@code sample-data/health}. */
    public static final long DEFAULT_SEED = 42L;
    /** The row count of the bundled sample. */
    public static final int DEFAULT_ROWS = 20_000;

    public static final List<String> COLUMNS = List.of(
            "name", "ssn", "email", "phone", "zip", "birth_date", "sex", "ethnicity",
            "admission_date", "diagnosis", "length_of_stay", "cost");

    static final String FEMALE = "female";
    static final String MALE = "male";

    private SyntheticHealthData() {
    }

    /**
     * Generates the table.
     *
     * @throws IllegalArgumentException if {@code rows} is not positive
     */
    public static Dataset generate(int rows, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("the sample needs at least one row, not " + rows);
        }
        PatientGenerator patients = new PatientGenerator(new SplittableRandom(seed));
        DatasetBuilder builder = new DatasetBuilder(COLUMNS, rows);
        for (int row = 0; row < rows; row++) {
            builder.addRow(patients.next());
        }
        return builder.build();
    }
}
