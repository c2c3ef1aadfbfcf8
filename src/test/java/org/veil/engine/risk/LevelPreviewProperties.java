package org.veil.engine.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.veil.engine.classes.RandomInputs;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.progress.CancellationToken;

/**
 * The preview's rolled-up class tables count exactly what grouping the records by their generalized
 * values in a hash map counts, whatever the data, hierarchies, levels and k.
 */
class LevelPreviewProperties {

    @Property(tries = 400)
    void matchesARecountOfTheGeneralizedRecords(@ForAll long seed) throws HierarchyException {
        RandomInputs.Sample sample = RandomInputs.draw(seed, 150, 3);
        Random random = new Random(seed ^ 0x2545F4914F6CDD1DL);
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        for (int d = 0; d < sample.qis().size(); d++) {
            qis.put(sample.qis().get(d), sample.hierarchies().get(d));
        }
        String column = sample.qis().get(random.nextInt(qis.size()));
        Map<String, Integer> otherLevels = new HashMap<>();
        qis.forEach((name, hierarchy) -> {
            if (random.nextInt(4) > 0) { // sometimes left out: level 0; the column's own entry is ignored
                otherLevels.put(name, random.nextInt(hierarchy.height() + 1));
            }
        });
        int k = 1 + random.nextInt(4);

        List<LevelPreview.Level> preview = LevelPreview.of(sample.data(), qis, otherLevels, column, k,
                CancellationToken.NONE);

        assertEquals(recount(sample.data(), qis, otherLevels, column, k), preview,
                "column " + column + ", levels " + otherLevels + ", k " + k);
    }

    /** The preview the simple way: every level, rows grouped by their generalized strings. */
    private static List<LevelPreview.Level> recount(Dataset data, Map<String, Hierarchy> qis,
            Map<String, Integer> otherLevels, String column, int k) {
        List<LevelPreview.Level> levels = new ArrayList<>();
        for (int level = 0; level <= qis.get(column).height(); level++) {
            Map<List<String>, Integer> classes = new HashMap<>();
            for (int row = 0; row < data.rowCount(); row++) {
                List<String> key = new ArrayList<>();
                for (Map.Entry<String, Hierarchy> qi : qis.entrySet()) {
                    String value = data.column(qi.getKey()).value(row);
                    int at = qi.getKey().equals(column) ? level : otherLevels.getOrDefault(qi.getKey(), 0);
                    key.add(qi.getValue().generalize(value == null ? "" : value, at));
                }
                classes.merge(key, 1, Integer::sum);
            }
            int small = classes.values().stream().filter(n -> n < k).mapToInt(Integer::intValue).sum();
            long uniques = classes.values().stream().filter(n -> n == 1).count();
            levels.add(new LevelPreview.Level(level, classes.size(), small, (double) uniques / data.rowCount()));
        }
        return levels;
    }
}
