package org.veil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.service.anonymize.HierarchyLoader;
import org.veil.service.anonymize.SmallPatients;

/** {@code veil anonymize}: arguments, files written, exit codes and messages. */
class AnonymizeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ADULT = Path.of("sample-data", "adult");
    private static final Path HEALTH = Path.of("sample-data", "health");
    private static final List<String> ADULT_QIS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation");

    @TempDir
    Path dir;

    private static List<String> adultQiArguments() {
        List<String> args = new ArrayList<>();
        for (String qi : ADULT_QIS) {
            args.add("--qi");
            args.add(qi + "=" + ADULT.resolve("adult_hierarchy_" + qi + ".csv"));
        }
        return args;
    }

    private static CommandRun run(List<String> args) {
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<String> args(Object... parts) {
        List<String> args = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof List<?> list) {
                list.forEach(element -> args.add(element.toString()));
            } else {
                args.add(part.toString());
            }
        }
        return args;
    }

    /** The small patients with k-anonymity on age and zip, plus extra arguments. */
    private List<String> smallPatients(Path out, Object... extra) {
        Path data = SmallPatients.write(dir);
        return args("anonymize", data, "--qi", "age=" + dir.resolve(SmallPatients.AGE),
                "--qi", "zip=" + dir.resolve(SmallPatients.ZIP), "--identifier", "name", "--output", out,
                List.of(extra).stream().map(Object::toString).toList());
    }

    @Test
    void anonymizesAdultAndWritesTheGeneralizedDataAndAReport() throws Exception {
        Path out = dir.resolve("adult-anonymized.csv");
        Path report = dir.resolve("adult-report.json");

        CommandRun run = run(args("anonymize", ADULT.resolve("adult.csv"), adultQiArguments(), "--k", "5",
                "--suppression", "0.05", "--output", out, "--report", report));

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), run.toString());
        JsonNode json = JSON.readTree(report.toFile());
        assertTrue(json.get("anonymous").asBoolean());
        assertEquals(30_162, json.get("records").asInt());
        assertEquals(0.05, json.get("suppressionLimit").asDouble());
        assertEquals("loss", json.get("metric").get("name").asText());
        assertTrue(json.get("metric").get("value").asDouble() > 0 && json.get("metric").get("value").asDouble() < 1);
        assertEquals(List.of("5-anonymity"), List.of(json.get("models").get(0).asText()));
        assertTrue(json.get("transformationsChecked").asInt() > 0);
        assertTrue(json.get("millis").asLong() >= 0);
        assertEquals(out.toString(), json.get("output").asText());
        Map<String, Integer> levels = new HashMap<>();
        json.get("transformation").properties().forEach(e -> levels.put(e.getKey(), e.getValue().asInt()));
        assertEquals(ADULT_QIS.size(), levels.size());
        int suppressed = json.get("suppressedRecords").asInt();
        assertTrue(suppressed <= 0.05 * 30_162, "suppressed " + suppressed);
        assertTrue(json.get("equivalenceClasses").asInt() > 0);

        List<String[]> input = rows(ADULT.resolve("adult.csv"), ";");
        List<String[]> output = rows(out, ";");
        assertEquals(Arrays.asList(input.get(0)), Arrays.asList(output.get(0)), "same columns in the same order");
        assertEquals(input.size(), output.size());
        Map<String, Hierarchy> hierarchies = new HashMap<>();
        for (String qi : ADULT_QIS) {
            hierarchies.put(qi, HierarchyLoader.read(ADULT.resolve("adult_hierarchy_" + qi + ".csv")));
        }
        int suppressedRows = 0;
        for (int r = 1; r < input.size(); r++) {
            boolean rowSuppressed = true;
            for (int c = 0; c < input.get(0).length; c++) {
                String column = input.get(0)[c];
                String released = output.get(r)[c];
                if (!hierarchies.containsKey(column)) {
                    assertEquals(input.get(r)[c], released, column + " is released unchanged, line " + (r + 1));
                    continue;
                }
                String generalized = hierarchies.get(column).generalize(input.get(r)[c], levels.get(column));
                rowSuppressed &= released.equals("*");
                assertTrue(released.equals(generalized) || released.equals("*"),
                        column + " on line " + (r + 1) + " is '" + released + "', not '" + generalized + "'");
            }
            suppressedRows += rowSuppressed ? 1 : 0;
        }
        assertEquals(suppressed, suppressedRows);
        assertTrue(run.out().contains("Anonymized " + ADULT.resolve("adult.csv") + ": 30,162 records; 5-anonymity"),
                run.out());
        assertTrue(run.out().contains("transformation  sex=" + levels.get("sex") + ", age=" + levels.get("age")),
                run.out());
        assertTrue(run.out().contains(String.format("suppressed      %,d records", suppressed)), run.out());
        assertTrue(run.out().contains("metric          loss = "), run.out());
        assertTrue(run.out().contains("Wrote " + out + " and " + report), run.out());
    }

    @Test
    void removesIdentifiersAndProtectsADiagnosisWithHierarchicalTCloseness() throws Exception {
        Path out = dir.resolve("patients-anonymized.csv");
        Path report = dir.resolve("patients-report.json");

        CommandRun run = run(args("anonymize", HEALTH.resolve("patients.csv"),
                "--qi", "zip=" + HEALTH.resolve("hierarchy_zip.csv"),
                "--qi", "birth_date=" + HEALTH.resolve("hierarchy_birth_date.csv"),
                "--qi", "sex=" + HEALTH.resolve("hierarchy_sex.csv"),
                "--qi", "ethnicity=" + HEALTH.resolve("hierarchy_ethnicity.csv"),
                "--identifier", "name", "--identifier", "ssn", "--identifier", "email", "--identifier", "phone",
                "--sensitive", "diagnosis=" + HEALTH.resolve("hierarchy_diagnosis.csv"),
                "--k", "5", "--t-closeness", "diagnosis:hierarchical:0.2", "--suppression", "0.05",
                "--output", out, "--report", report));

        assertEquals(0, run.exitCode(), run.toString());
        List<String[]> released = rows(out, ",");
        assertEquals(List.of("zip", "birth_date", "sex", "ethnicity", "admission_date", "diagnosis", "length_of_stay",
                "cost"), Arrays.asList(released.get(0)));
        assertEquals(20_001, released.size());
        JsonNode json = JSON.readTree(report.toFile());
        assertTrue(json.get("anonymous").asBoolean());
        assertEquals(List.of("name", "ssn", "email", "phone"), texts(json.get("identifiers")));
        assertEquals(List.of("diagnosis"), texts(json.get("sensitiveAttributes")));
        assertEquals(List.of("5-anonymity", "0.2-closeness of diagnosis (hierarchical distance)"),
                texts(json.get("models")));
    }

    @Test
    void exitsWithThreeAndWritesANegativeReportButNoOutputWhenNoTransformationIsAnonymous() throws Exception {
        Path out = dir.resolve("out.csv");
        Path report = dir.resolve("report.json");

        CommandRun run = run(smallPatients(out, "--k", SmallPatients.ROWS + 1, "--report", report));

        assertEquals(3, run.exitCode(), run.toString());
        assertFalse(Files.exists(out), "no output is written");
        JsonNode json = JSON.readTree(report.toFile());
        assertFalse(json.get("anonymous").asBoolean());
        assertTrue(json.get("transformation").isNull());
        assertTrue(json.get("output").isNull());
        assertEquals(0.0, json.get("suppressionLimit").asDouble());
        assertEquals("No transformation satisfies 9-anonymity with at most 0% of the records suppressed; no output"
                + " written. Relax the models or allow more suppression (--suppression).", run.err().strip());
        assertTrue(run.out().contains("none satisfies the models"), run.out());
    }

    @Test
    void keepsUnnamedColumnsAndWritesWithTheInputsDelimiterGivenByOption() throws Exception {
        Path data = dir.resolve("semicolons.txt");
        Files.writeString(data, "age;zip;note\n21;47677;a,b\n22;47678;c\n23;47673;d\n24;47677;e\n");
        SmallPatients.write(dir);
        Path out = dir.resolve("out.csv");

        CommandRun run = run(args("anonymize", data, "--delimiter", ";", "--qi",
                "age=" + dir.resolve(SmallPatients.AGE), "--qi", "zip=" + dir.resolve(SmallPatients.ZIP), "--k", "4",
                "--output", out));

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("age;zip;note\n20-24;4767*;a,b\n20-24;4767*;c\n20-24;4767*;d\n20-24;4767*;e\n",
                Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void refusesToWriteTheOutputOverTheInput() throws IOException {
        Path data = SmallPatients.write(dir);
        byte[] before = Files.readAllBytes(data);

        CommandRun run = run(smallPatients(data, "--k", "2"));

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("refusing to write over the input file " + data, run.err().strip());
        assertTrue(Arrays.equals(before, Files.readAllBytes(data)), "the input is unchanged");
    }

    @Test
    void anUnknownOptionExitsWithTwoAndShowsTheUsage() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv"), "--k", "2", "--kk"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Unknown option: '--kk'"), run.err());
        assertTrue(run.err().contains("Usage: veil anonymize"), run.err());
    }

    @Test
    void aBadLDiversitySpecExitsWithTwoSayingWhatIsExpected() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv"), "--l-diversity", "disease:distinct"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Invalid value for option '--l-diversity'"), run.err());
        assertTrue(run.err().contains("l-diversity 'disease:distinct': expected ATTRIBUTE:distinct:L,"
                + " ATTRIBUTE:entropy:L or ATTRIBUTE:recursive:L:C"), run.err());
        assertTrue(run.err().contains("Usage: veil anonymize"), run.err());
        assertFalse(Files.exists(dir.resolve("out.csv")));
    }

    @Test
    void withoutAPrivacyModelExitsWithTwo() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv")));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Choose at least one privacy model"), run.err());
    }

    @Test
    void aMissingHierarchyFileExitsWithTwoAndOneLineNamingTheFile() {
        Path missing = dir.resolve("hierarchy_height.csv");
        List<String> args = smallPatients(dir.resolve("out.csv"), "--k", "2");
        args.set(args.indexOf("zip=" + dir.resolve(SmallPatients.ZIP)), "zip=" + missing);

        CommandRun run = run(args);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(missing + ": no such file" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aHierarchyNotCoveringTheDataExitsWithTwoListingTheValues() throws IOException {
        Path partial = dir.resolve("partial_age.csv");
        Files.writeString(partial, "21;20-24;*\n22;20-24;*\n23;20-24;*\n24;20-24;*\n");
        List<String> args = smallPatients(dir.resolve("out.csv"), "--k", "2");
        args.set(args.indexOf("age=" + dir.resolve(SmallPatients.AGE)), "age=" + partial);

        CommandRun run = run(args);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(partial + ": the hierarchy does not cover 4 values of column 'age': '25'; '26'; '27'; '28'",
                run.err().strip());
    }

    @Test
    void aMissingDataFileExitsWithTwo() {
        List<String> args = smallPatients(dir.resolve("out.csv"), "--k", "2");
        Path missing = dir.resolve("nobody.csv");
        args.set(1, missing.toString());

        CommandRun run = run(args);

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(missing + ": no such file", run.err().strip());
    }

    @Test
    void aColumnNotInTheDataExitsWithTwoListingTheColumns() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv"), "--k", "2", "--l-diversity", "illness:distinct:2"));

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(dir.resolve(SmallPatients.DATA) + ": no column 'illness' (named by --l-diversity"
                + " illness:distinct:2); the columns are name, age, zip, disease", run.err().strip());
    }

    @Test
    void hierarchicalTClosenessWithoutTheSensitiveHierarchyExitsWithTwo() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv"), "--t-closeness", "disease:hierarchical:0.5"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("--t-closeness disease:hierarchical:0.5 needs the hierarchy of 'disease':"
                + " add --sensitive disease=HIERARCHY.csv"), run.err());
    }

    @Test
    void aSuppressionLimitAboveOneExitsWithTwo() {
        CommandRun run = run(smallPatients(dir.resolve("out.csv"), "--k", "2", "--suppression", "1.5"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Invalid value for option '--suppression': the suppression limit must be a"
                + " number between 0 and 1, not '1.5'"), run.err());
    }

    @Test
    void sensitiveHierarchiesAndEveryModelKindWorkTogether() throws Exception {
        Path out = dir.resolve("out.csv");
        Path report = dir.resolve("report.json");

        CommandRun run = run(smallPatients(out, "--sensitive", "disease=" + dir.resolve(SmallPatients.DISEASE),
                "--k", "2", "--l-diversity", "disease:distinct:2", "--l-diversity", "disease:entropy:1.2",
                "--l-diversity", "disease:recursive:1:4", "--t-closeness", "disease:hierarchical:1",
                "--t-closeness", "disease:equal:1", "--average-risk", "0.5", "--sample-uniqueness", "0",
                "--metric", "discernibility", "--suppression", "0.5", "--report", report));

        assertEquals(0, run.exitCode(), run.toString());
        JsonNode json = JSON.readTree(report.toFile());
        assertEquals(8, json.get("models").size());
        assertEquals("discernibility", json.get("metric").get("name").asText());
        assertEquals(List.of("age", "zip", "disease"), Arrays.asList(rows(out, ",").get(0)));
    }

    @Test
    void anOutputThatCannotBeWrittenExitsWithOne() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "");
        Path out = notAFolder.resolve("out.csv");

        CommandRun run = run(smallPatients(out, "--k", "2"));

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("Could not write the output " + out + ": "), run.err());
    }

    @Test
    void aSensitiveAttributeNoModelProtectsIsReleasedWithAWarning() throws IOException {
        Path out = dir.resolve("out.csv");

        CommandRun run = run(smallPatients(out, "--k", "2", "--sensitive", "disease"));

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("Warning: no --l-diversity or --t-closeness protects the sensitive attribute 'disease'; it is"
                + " released unchanged", run.err().strip());
        assertTrue(Files.readString(out).startsWith("age,zip,disease\n"), Files.readString(out));
    }

    private static List<String[]> rows(Path csv, String delimiter) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            rows.add(line.split(java.util.regex.Pattern.quote(delimiter), -1));
        }
        return rows;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
