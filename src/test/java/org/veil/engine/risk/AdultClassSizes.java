package org.veil.engine.risk;

import java.util.TreeMap;

/**
 * The class-size frequencies of {@code sample-data/adult/adult.csv} with all nine columns as
 * quasi-identifiers, ungeneralized (30,162 records, 19,502 classes, 15,512 sample uniques): the
 * same table as ARX's {@code data/adult.csv} in its risk tests, so ARX's published numbers apply.
 * Counted once by grouping the CSV rows; kept here so the tests need no file.
 */
final class AdultClassSizes {

    private static final int[] SIZE_COUNT = {
        1, 15512, 2, 2098, 3, 754, 4, 375, 5, 189, 6, 155, 7, 97, 8, 73, 9, 39, 10, 37, 11, 29, 12, 18,
        13, 23, 14, 14, 15, 15, 16, 9, 17, 11, 18, 10, 19, 10, 20, 5, 21, 3, 22, 4, 23, 3, 24, 2, 25, 1,
        26, 3, 27, 5, 29, 1, 30, 2, 32, 1, 34, 1, 35, 1, 36, 1, 45, 1,
    };

    static final int RECORDS = 30_162;

    private AdultClassSizes() {
    }

    static ClassSizeFrequencies frequencies() {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        for (int i = 0; i < SIZE_COUNT.length; i += 2) {
            map.put(SIZE_COUNT[i], SIZE_COUNT[i + 1]);
        }
        return ClassSizeFrequencies.of(map);
    }

    /** ARX's population model for a sampling fraction: N = n / π. */
    static double population(double samplingFraction) {
        return RECORDS / samplingFraction;
    }
}
