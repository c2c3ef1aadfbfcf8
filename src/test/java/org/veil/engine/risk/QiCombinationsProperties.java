package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.DatasetBuilder;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.risk.QiCombinations.Combination;

/**
 * Distinction, separation and uniqueness from the rolled-up class tables equal a brute-force
 * recount: value combinations grouped by their strings, and every pair of records compared
 * attribute by attribute.
 */
class QiCombinationsProperties {

    private static final double EPS = 1e-12;

    @Property(tries = 300)
    void matchesABruteForceRecount(@ForAll long seed) {
        Random random = new Random(seed);
        int attributes = 1 + random.nextInt(5);
        int rows = random.nextInt(41);
        List<String> names = new ArrayList<>();
        for (int a = 0; a < attributes; a++) {
            names.add("q" + a);
        }
        int[] domains = new int[attributes];
        for (int a = 0; a < attributes; a++) {
            domains[a] = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
        }
        String[][] cells = new String[rows][attributes];
        DatasetBuilder builder = new DatasetBuilder(names, rows);
        for (int r = 0; r < rows; r++) {
            for (int a = 0; a < attributes; a++) {
                int value = random.nextInt(domains[a] + 1);
                cells[r][a] = value == domains[a] ? null : "v" + value; // sometimes missing
            }
            builder.addRow(cells[r].clone());
        }
        Dataset data = builder.build();
        int maxSize = 1 + random.nextInt(attributes);
        int limit = 1 + random.nextInt(40);

        List<Combination> measured = QiCombinations.of(data, names, maxSize, limit, ProgressListener.NONE,
                CancellationToken.NONE);

        assertEquals(Math.min(limit, QiCombinations.subsetCount(attributes, maxSize)), measured.size());
        for (Combination combination : measured) {
            int[] subset = combination.attributes().stream().mapToInt(names::indexOf).toArray();
            Map<List<String>, Integer> classes = new HashMap<>();
            for (String[] row : cells) {
                List<String> key = new ArrayList<>();
                for (int a : subset) {
                    key.add(row[a]);
                }
                classes.merge(key, 1, Integer::sum);
            }
            long separated = 0;
            for (int i = 0; i < rows; i++) {
                for (int j = i + 1; j < rows; j++) {
                    for (int a : subset) {
                        if (!Objects.equals(cells[i][a], cells[j][a])) {
                            separated++;
                            break;
                        }
                    }
                }
            }
            long pairs = (long) rows * (rows - 1) / 2;
            long uniques = classes.values().stream().filter(n -> n == 1).count();
            String what = combination.attributes() + " over " + rows + " rows";
            assertEquals(rows == 0 ? 0 : (double) classes.size() / rows, combination.distinction(), EPS, what);
            assertEquals(rows == 0 ? 0 : pairs == 0 ? 1 : (double) separated / pairs, combination.separation(), EPS,
                    what);
            assertEquals(rows == 0 ? 0 : (double) uniques / rows, combination.uniqueShare(), EPS, what);
        }
        for (int i = 1; i < measured.size(); i++) {
            Combination before = measured.get(i - 1);
            Combination after = measured.get(i);
            assertEquals(true, before.distinction() > after.distinction()
                    || before.distinction() == after.distinction() && before.separation() >= after.separation(),
                    "sorted by distinction, then separation");
        }
    }
}
