package org.veil.service.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample data committed under {@code sample-data/}; tests run from the repository root. */
class SampleDataFilesTest {

    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final Path ADULT = Path.of("sample-data", "adult");

    @Test
    void committedHealthSampleIsExactlyWhatTheGeneratorWritesWithTheDocumentedSeed(@TempDir Path dir)
            throws IOException {
        SampleDataWriter.write(dir, SyntheticHealthData.DEFAULT_ROWS, SyntheticHealthData.DEFAULT_SEED);

        SampleFolders.assertSameCsvFiles(dir, HEALTH);
    }

    @Test
    void healthReadmeDocumentsTheCommandSeedAndRowCount() throws IOException {
        String readme = Files.readString(HEALTH.resolve("README.md"));

        assertTrue(readme.contains("generate-sample --out sample-data/health --rows "
                + SyntheticHealthData.DEFAULT_ROWS + " --seed " + SyntheticHealthData.DEFAULT_SEED), readme);
    }

    @Test
    void adultSampleHasAHeaderAnd30162RecordsOfNineAttributes() throws IOException {
        List<String> lines = Files.readAllLines(ADULT.resolve("adult.csv"), StandardCharsets.UTF_8);

        assertEquals(30_163, lines.size());
        assertEquals(9, lines.get(0).split(";").length);
        assertTrue(lines.stream().allMatch(line -> line.split(";", -1).length == 9));
    }

    @Test
    void everyAdultValueIsCoveredByItsAttributesHierarchy() throws IOException {
        List<String> lines = Files.readAllLines(ADULT.resolve("adult.csv"), StandardCharsets.UTF_8);
        String[] attributes = lines.get(0).split(";");
        List<Set<String>> values = new ArrayList<>();
        for (int i = 0; i < attributes.length; i++) {
            values.add(new HashSet<>());
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            for (int i = 0; i < attributes.length; i++) {
                values.get(i).add(cells[i]);
            }
        }
        for (int i = 0; i < attributes.length; i++) {
            Path hierarchy = ADULT.resolve("adult_hierarchy_" + attributes[i] + ".csv");
            HierarchyChecks.assertValidHierarchy(attributes[i], HierarchyChecks.read(hierarchy), values.get(i));
        }
    }
}
