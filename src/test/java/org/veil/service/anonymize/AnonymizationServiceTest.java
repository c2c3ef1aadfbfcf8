package org.veil.service.anonymize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.metric.Metric;
import org.veil.engine.privacy.DistinctLDiversity;
import org.veil.engine.privacy.KAnonymity;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Transformed;

/** {@link AnonymizationService}: checking a request, then finding and applying the optimum. */
class AnonymizationServiceTest {

    @TempDir
    Path dir;

    private final AnonymizationService service = new AnonymizationService();
    private Dataset data;
    private Map<String, Hierarchy> qis;

    @BeforeEach
    void writePatients() {
        SmallPatients.write(dir);
        data = SmallPatients.dataset(dir);
        qis = new LinkedHashMap<>();
        qis.put("age", SmallPatients.hierarchy(dir, SmallPatients.AGE));
        qis.put("zip", SmallPatients.hierarchy(dir, SmallPatients.ZIP));
    }

    private AnonymizationRequest request(List<PrivacyModel> models, double suppression) {
        return new AnonymizationRequest(data, qis, Set.of("name"), models, suppression, Metric.named("loss"));
    }

    @Test
    void findsAnAnonymousTransformationAndReleasesTheDataWithoutIdentifiers() throws Exception {
        AnonymizationOutcome outcome = service.anonymize(request(List.of(new KAnonymity(2)), 0), ProgressListener.NONE,
                CancellationToken.NONE);

        assertTrue(outcome.isAnonymous());
        Transformed optimum = outcome.optimum().orElseThrow();
        assertEquals(List.of("age", "zip"), List.copyOf(optimum.levels().keySet()));
        Dataset released = optimum.output();
        assertEquals(List.of("age", "zip", "disease"), released.columnNames());
        assertEquals(SmallPatients.ROWS, released.rowCount());
        for (int r = 0; r < released.rowCount(); r++) {
            for (String qi : qis.keySet()) {
                String original = data.value(r, data.indexOf(qi));
                assertEquals(qis.get(qi).generalize(original, optimum.levels().get(qi)),
                        released.value(r, released.indexOf(qi)), qi + " of row " + r);
            }
        }
        assertTrue(outcome.millis() >= 0);
        assertEquals(outcome.anonymization().levelsByName(outcome.result().space().optimum()), optimum.levels());
    }

    @Test
    void reportsNoOptimumWhenNoTransformationSatisfiesTheModels() throws Exception {
        AnonymizationOutcome outcome = service.anonymize(request(List.of(new KAnonymity(SmallPatients.ROWS + 1)), 0),
                ProgressListener.NONE, CancellationToken.NONE);

        assertFalse(outcome.isAnonymous());
        assertTrue(outcome.optimum().isEmpty());
    }

    @Test
    void listsEveryProblemOfARequestAtOnce() {
        Map<String, Hierarchy> withMissing = new LinkedHashMap<>(qis);
        withMissing.put("height", qis.get("age"));
        withMissing.put("disease", qis.get("age")); // does not cover flu, cold, cancer
        AnonymizationRequest request = new AnonymizationRequest(data, withMissing, Set.of("passport"),
                List.of(new KAnonymity(2), new DistinctLDiversity("diagnosis", 2)), 0, Metric.named("loss"));

        List<String> problems = service.problems(request);

        assertEquals(List.of(
                "quasi-identifier 'height' is not a column of the data (columns: name, age, zip, disease)",
                "the hierarchy of 'disease' does not cover 3 values of the data: 'flu'; 'cold'; 'cancer'",
                "identifier 'passport' is not a column of the data (columns: name, age, zip, disease)",
                "sensitive attribute 'diagnosis' of distinct 2-diversity of diagnosis is not a column of the data"
                        + " (columns: name, age, zip, disease)"), problems);
    }

    @Test
    void refusesARequestWithOverlappingRolesOrNoModel() {
        AnonymizationRequest overlapping = new AnonymizationRequest(data, qis, Set.of("age"), List.of(new KAnonymity(2)),
                0, Metric.named("loss"));
        AnonymizationRequest noModel = request(List.of(), 0);

        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> service.anonymize(overlapping, ProgressListener.NONE, CancellationToken.NONE));

        assertEquals(List.of("'age' cannot be both identifier and quasi-identifier"), e.problems());
        assertEquals(List.of("choose at least one privacy model"), service.problems(noModel));
    }

    @Test
    void aValidRequestHasNoProblems() {
        assertEquals(List.of(), service.problems(request(List.of(new KAnonymity(2),
                new DistinctLDiversity("disease", 2)), 0.1)));
    }
}
