package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code veil risk} on the sample patients: the JSON an auditor scripts against. */
class RiskCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HEALTH = Path.of("sample-data", "health");

    private static String hierarchy(String column) {
        return column + "=" + HEALTH.resolve("hierarchy_" + column + ".csv");
    }

    private static JsonNode risk(String... extra) throws Exception {
        String[] base = {"risk", HEALTH.resolve("patients.csv").toString(), "--qi", hierarchy("zip"), "--qi",
            hierarchy("birth_date"), "--qi", "sex", "--qi", hierarchy("ethnicity")};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode(), run.toString());
        return JSON.readTree(run.out());
    }

    @Test
    void printsTheRiskOfTheDataAsGivenWithTheSafeHarborFindings() throws Exception {
        JsonNode report = risk();

        assertEquals(20_000, report.get("records").asInt());
        assertEquals(1.0, report.at("/prosecutor/highest").asDouble(), "someone is unique on the four");
        assertEquals(19_964, report.get("sampleUniques").asInt(), "as the Analyze step shows for the input");
        assertEquals(report.at("/prosecutor/average").asDouble(), report.at("/journalist/average").asDouble(),
                "without a population the data is all of it");
        int recordsInClasses = 0;
        for (Map.Entry<String, JsonNode> size : iterable(report.get("classSizes"))) {
            recordsInClasses += Integer.parseInt(size.getKey()) * size.getValue().asInt();
        }
        assertEquals(20_000, recordsInClasses, "class sizes account for every record");
        Map<String, String> flagged = new HashMap<>();
        report.get("hipaa").forEach(f -> flagged.merge(f.get("column").asText(), f.get("identifier").asText(),
                (a, b) -> a + b));
        assertEquals("G", flagged.get("ssn"));
        assertEquals("F", flagged.get("email"));
        assertEquals("A", flagged.get("name"));
        assertTrue(!flagged.containsKey("sex"), flagged.toString());
    }

    @Test
    void generalizedLevelsAndASampleFromALargerPopulationLowerTheRisk() throws Exception {
        JsonNode given = risk("--sampling-fraction", "0.01");
        JsonNode generalized = risk("--levels", "zip=2,birth_date=4,ethnicity=1", "--sampling-fraction", "0.01");

        assertEquals(2, generalized.at("/transformation/zip").asInt());
        assertTrue(generalized.get("sampleUniques").asInt() < given.get("sampleUniques").asInt());
        assertTrue(generalized.at("/journalist/average").asDouble() < generalized.at("/prosecutor/average").asDouble(),
                "a journalist matching against a population 100 times larger does worse");
        assertTrue(given.at("/populationUniques/dankar").asDouble() > 0);
        assertTrue(java.util.List.of("Pitman", "Zayatz").contains(generalized.at("/populationUniques/dankarModel")
                .asText()), "Dankar's rule takes Pitman, or Zayatz where Pitman finds no fit, for a 1 % sample");
    }

    @Test
    void refusesALevelAboveTheHierarchyAndBothPopulationOptions() {
        CommandRun tooHigh = CommandRun.of("risk", HEALTH.resolve("patients.csv").toString(), "--qi", hierarchy("zip"),
                "--levels", "zip=9");
        assertEquals(2, tooHigh.exitCode(), tooHigh.toString());
        assertTrue(tooHigh.err().contains("level 9 of 'zip' lies outside its hierarchy (0 to 5)"), tooHigh.err());

        CommandRun both = CommandRun.of("risk", HEALTH.resolve("patients.csv").toString(), "--qi", "sex",
                "--population", "1000000", "--sampling-fraction", "0.1");
        assertEquals(2, both.exitCode(), both.toString());
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
