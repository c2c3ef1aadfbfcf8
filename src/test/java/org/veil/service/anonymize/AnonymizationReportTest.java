package org.veil.service.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.DistinctLDiversity;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Evaluation;

/** {@link AnonymizationReport} and {@link ReportWriter}: the JSON report of an anonymization. */
class AnonymizationReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void writePatients() {
        input = SmallPatients.write(dir);
    }

    private AnonymizationOutcome anonymize(List<PrivacyModel> models, double suppression) throws Exception {
        Map<String, Hierarchy> qis = new LinkedHashMap<>();
        qis.put("age", SmallPatients.hierarchy(dir, SmallPatients.AGE));
        qis.put("zip", SmallPatients.hierarchy(dir, SmallPatients.ZIP));
        AnonymizationRequest request = new AnonymizationRequest(SmallPatients.dataset(dir), qis, Set.of("name"),
                models, suppression, Metric.named("entropy"));
        return new AnonymizationService().anonymize(request, ProgressListener.NONE, CancellationToken.NONE);
    }

    @Test
    void theReportOfAnAnonymousResultHoldsTheOptimumAndTheSetting() throws Exception {
        AnonymizationOutcome outcome = anonymize(List.of(new KAnonymity(2), new DistinctLDiversity("disease", 2)),
                0.25);
        Path output = dir.resolve("out.csv");
        Path target = dir.resolve("report.json");

        ReportWriter.write(AnonymizationReport.of(outcome, input, output), target, input);

        JsonNode report = JSON.readTree(target.toFile());
        Evaluation optimum = outcome.optimum().orElseThrow().evaluation();
        assertTrue(report.get("anonymous").asBoolean());
        Map<String, Integer> levels = outcome.optimum().orElseThrow().levels();
        assertEquals(List.of("age", "zip"), fieldNames(report.get("transformation")));
        assertEquals(levels.get("age"), report.get("transformation").get("age").asInt());
        assertEquals(levels.get("zip"), report.get("transformation").get("zip").asInt());
        assertEquals(optimum.suppressedRecords(), report.get("suppressedRecords").asInt());
        assertEquals(optimum.retainedClasses(), report.get("equivalenceClasses").asInt());
        assertEquals(optimum.suppressedClasses(), report.get("suppressedClasses").asInt());
        assertEquals("entropy", report.get("metric").get("name").asText());
        assertEquals(optimum.metricValue(), report.get("metric").get("value").asDouble());
        assertEquals(outcome.result().transformationsChecked(), report.get("transformationsChecked").asInt());
        assertEquals(outcome.anonymization().lattice().size(), report.get("transformations").asInt());
        assertEquals(outcome.millis(), report.get("millis").asLong());
        assertEquals(SmallPatients.ROWS, report.get("records").asInt());
        assertEquals(0.25, report.get("suppressionLimit").asDouble());
        assertEquals(List.of("2-anonymity", "distinct 2-diversity of disease"), texts(report.get("models")));
        assertEquals(List.of("age", "zip"), texts(report.get("quasiIdentifiers")));
        assertEquals(List.of("name"), texts(report.get("identifiers")));
        assertEquals(List.of("disease"), texts(report.get("sensitiveAttributes")));
        assertEquals(input.toString(), report.get("input").asText());
        assertEquals(output.toString(), report.get("output").asText());
    }

    @Test
    void theReportOfAFailedSearchSaysNotAnonymousAndLeavesTheResultFieldsNull() throws Exception {
        AnonymizationOutcome outcome = anonymize(List.of(new KAnonymity(100)), 0);

        JsonNode report = JSON.readTree(ReportWriter.toJson(AnonymizationReport.of(outcome, input, null)));

        assertFalse(report.get("anonymous").asBoolean());
        for (String field : List.of("transformation", "suppressedRecords", "equivalenceClasses", "output")) {
            assertTrue(report.get(field).isNull(), field + " is " + report.get(field));
        }
        assertTrue(report.get("metric").get("value").isNull());
        assertEquals("entropy", report.get("metric").get("name").asText());
        assertTrue(report.get("transformationsChecked").asInt() > 0);
        assertEquals(List.of("100-anonymity"), texts(report.get("models")));
    }

    @Test
    void numbersThatAreNotFiniteAreWrittenAsNull() throws Exception {
        AnonymizationReport report = new AnonymizationReport(true, Map.of("age", 1), 0, 1, 0,
                new AnonymizationReport.MetricValue("loss", "Loss", Double.NaN), 1, 4, 3, 8, 0, List.of("2-anonymity"),
                List.of("age"), List.of(), List.of(), null, null);

        JsonNode json = JSON.readTree(ReportWriter.toJson(report));

        assertTrue(json.get("metric").get("value").isNull());
        assertTrue(json.get("input").isNull());
    }

    @Test
    void refusesToWriteTheReportOverTheInputAndLeavesItUnchanged() throws Exception {
        AnonymizationOutcome outcome = anonymize(List.of(new KAnonymity(2)), 0);
        byte[] before = Files.readAllBytes(input);

        IOException e = assertThrows(IOException.class,
                () -> ReportWriter.write(AnonymizationReport.of(outcome, input, null), input, input));

        assertTrue(e.getMessage().contains("refusing to write over the input file"), e.getMessage());
        assertEquals(-1, Files.mismatch(input, writeBytes(dir.resolve("copy.csv"), before)));
    }

    @Test
    void outputTargetsRefuseTheInputAndOneFileForBothResults() {
        Path output = dir.resolve("out.csv");

        assertThrows(IOException.class, () -> OutputTargets.check(input, input, null));
        assertThrows(IOException.class, () -> OutputTargets.check(input, output, input));
        IOException same = assertThrows(IOException.class, () -> OutputTargets.check(input, output, output));
        assertEquals("the report and the output are the same file " + output, same.getMessage());
    }

    private static Path writeBytes(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
