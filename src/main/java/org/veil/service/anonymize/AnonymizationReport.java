package org.veil.service.anonymize;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.search.Evaluation;
import org.veil.engine.search.Transformed;

/**
 * What an anonymization did, for the record: the setting (input, models, limits) and the result.
 * Fields that exist only for an anonymous result are {@code null} when none was found.
 * {@link ReportWriter} writes it as JSON.
 *
 * @param anonymous              whether a transformation satisfies every model within the limit
 * @param transformation         the optimum's level of each quasi-identifier, in the order given; null if none
 * @param suppressedRecords      records the optimum suppresses; null if none
 * @param equivalenceClasses     equivalence classes the optimum releases (not suppressed); null if none
 * @param suppressedClasses      equivalence classes the optimum suppresses; null if none
 * @param metric                 the metric and the optimum's value of it (value null if none)
 * @param transformationsChecked transformations whose classes were formed and checked
 * @param transformations        transformations in the solution space
 * @param millis                 wall time of preparing, searching and applying the optimum
 * @param records                records of the input
 * @param suppressionLimit       the largest share of records that may be suppressed
 * @param models                 the privacy models, described
 * @param quasiIdentifiers       the quasi-identifiers, in the order given
 * @param identifiers            the direct identifiers, removed from the output
 * @param sensitiveAttributes    the attributes the models protect
 * @param input                  the file anonymized, or null
 * @param output                 the file the release was written to, or null if none was written
 */
public record AnonymizationReport(boolean anonymous, Map<String, Integer> transformation, Integer suppressedRecords,
        Integer equivalenceClasses, Integer suppressedClasses, MetricValue metric, int transformationsChecked,
        int transformations, long millis, int records, double suppressionLimit, List<String> models,
        List<String> quasiIdentifiers, List<String> identifiers, List<String> sensitiveAttributes, String input,
        String output) {

    /** A metric by name and the optimum's value of it ({@code null} if there is no optimum). */
    public record MetricValue(String name, String description, Double value) {
    }

    public AnonymizationReport {
        transformation = transformation == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(transformation));
        models = List.copyOf(models);
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        identifiers = List.copyOf(identifiers);
        sensitiveAttributes = List.copyOf(sensitiveAttributes);
    }

    /**
     * The report of an outcome.
     *
     * @param input  the file anonymized, or {@code null}
     * @param output where the release was written, or {@code null} if it was not
     */
    public static AnonymizationReport of(AnonymizationOutcome outcome, Path input, Path output) {
        AnonymizationRequest request = outcome.request();
        Optional<Transformed> optimum = outcome.optimum();
        Optional<Evaluation> evaluation = optimum.map(Transformed::evaluation);
        return new AnonymizationReport(
                outcome.isAnonymous(),
                optimum.map(Transformed::levels).orElse(null),
                evaluation.map(Evaluation::suppressedRecords).orElse(null),
                evaluation.map(Evaluation::retainedClasses).orElse(null),
                evaluation.map(Evaluation::suppressedClasses).orElse(null),
                new MetricValue(request.metric().name(), request.metric().description(),
                        evaluation.map(Evaluation::metricValue).orElse(null)),
                outcome.result().transformationsChecked(),
                outcome.anonymization().lattice().size(),
                outcome.millis(),
                request.dataset().rowCount(),
                request.suppressionLimit(),
                request.models().stream().map(PrivacyModel::description).toList(),
                List.copyOf(request.quasiIdentifiers().keySet()),
                List.copyOf(request.identifiers()),
                List.copyOf(request.sensitiveAttributes()),
                input == null ? null : input.toString(),
                output == null ? null : output.toString());
    }
}
