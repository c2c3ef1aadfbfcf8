package org.veil.engine.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;

/**
 * Random small inputs for property tests, drawn from a seed so a failure can be replayed: 1–3
 * quasi-identifiers with 1–6 values and random trees of height 0–3 (values the data never holds
 * included), one sensitive attribute with up to {@code maxSensitive} values, up to
 * {@code maxRecords} records.
 */
public final class RandomInputs {

    private RandomInputs() {
    }

    /** A random input and the dataset it was encoded from. */
    public record Sample(Dataset data, List<String> qis, List<Hierarchy> hierarchies, EncodedInput input) {
    }

    public static Sample draw(long seed, int maxRecords, int maxSensitive) throws HierarchyException {
        Random random = new Random(seed);
        int dims = 1 + random.nextInt(3);
        List<String> qis = new ArrayList<>();
        List<Hierarchy> hierarchies = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            qis.add("q" + d);
            int domain = 1 + random.nextInt(6);
            int height = random.nextInt(4);
            // parent[l][x]: the node on level l+1 of node x on level l
            int[] nodeOfValue = new int[domain];
            String[][] rows = new String[domain][height + 1];
            List<String> levelValues = new ArrayList<>();
            for (int v = 0; v < domain; v++) {
                nodeOfValue[v] = v;
                rows[v][0] = "d" + d + "v" + v;
                levelValues.add(rows[v][0]);
            }
            int nodes = domain;
            for (int level = 1; level <= height; level++) {
                int above = 1 + random.nextInt(nodes);
                int[] parent = new int[nodes];
                for (int x = 0; x < nodes; x++) {
                    parent[x] = random.nextInt(above);
                }
                for (int v = 0; v < domain; v++) {
                    nodeOfValue[v] = parent[nodeOfValue[v]];
                    rows[v][level] = "L" + level + "n" + nodeOfValue[v];
                }
                nodes = above;
            }
            List<String[]> list = new ArrayList<>();
            for (String[] row : rows) {
                list.add(row);
            }
            hierarchies.add(Hierarchy.of(list));
            values.add(levelValues);
        }
        int records = 1 + random.nextInt(maxRecords);
        int sensitiveDomain = 1 + random.nextInt(maxSensitive);
        // skew: often a few values dominate, so classes repeat
        String[] rows = new String[records];
        for (int r = 0; r < records; r++) {
            StringBuilder row = new StringBuilder();
            for (int d = 0; d < dims; d++) {
                List<String> domain = values.get(d);
                int pick = random.nextBoolean() ? random.nextInt(domain.size()) : random.nextInt(Math.min(2, domain.size()));
                row.append(domain.get(pick)).append(';');
            }
            row.append('s').append(random.nextInt(sensitiveDomain));
            rows[r] = row.toString();
        }
        Dataset data = TinyInputs.dataset(String.join(";", qis) + ";s", rows);
        return new Sample(data, qis, hierarchies, TinyInputs.input(data, qis, hierarchies, List.of("s")));
    }

    /** Random levels between {@code floor} and the heights. */
    public static int[] levelsAbove(Random random, int[] floor, int[] heights) {
        int[] levels = new int[heights.length];
        for (int d = 0; d < heights.length; d++) {
            levels[d] = floor[d] + random.nextInt(heights[d] - floor[d] + 1);
        }
        return levels;
    }
}
