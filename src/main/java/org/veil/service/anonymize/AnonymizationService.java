package org.veil.service.anonymize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.veil.engine.data.Dataset;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.privacy.PrivacyModel;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;
import org.veil.engine.search.Anonymization;
import org.veil.engine.search.AnonymizationResult;

/**
 * Anonymizing an imported dataset, as the workbench and the command line do it: check the request,
 * prepare the data, find the optimal transformation and apply it.
 */
public final class AnonymizationService {

    /**
     * Everything that keeps a request from running, each as a sentence for the user: columns that are
     * not in the data, hierarchies that do not cover their column (listing the values), roles that
     * overlap, no quasi-identifier or no model, a suppression limit outside 0..1. Empty if it can run.
     */
    public List<String> problems(AnonymizationRequest request) {
        List<String> problems = new ArrayList<>();
        Dataset data = request.dataset();
        if (request.quasiIdentifiers().isEmpty()) {
            problems.add("name at least one quasi-identifier");
        }
        if (request.models().isEmpty()) {
            problems.add("choose at least one privacy model");
        }
        if (!(request.suppressionLimit() >= 0 && request.suppressionLimit() <= 1)) {
            problems.add("the suppression limit must be between 0 and 1, was " + request.suppressionLimit());
        }
        for (Map.Entry<String, Hierarchy> qi : request.quasiIdentifiers().entrySet()) {
            if (!data.hasColumn(qi.getKey())) {
                problems.add(missing("quasi-identifier '" + qi.getKey() + "'", data));
                continue;
            }
            try {
                qi.getValue().requireCovers(qi.getKey(), data.column(qi.getKey()).dictionary());
            } catch (HierarchyException e) {
                problems.add(e.getMessage());
            }
        }
        for (String identifier : request.identifiers()) {
            if (!data.hasColumn(identifier)) {
                problems.add(missing("identifier '" + identifier + "'", data));
            }
        }
        for (PrivacyModel model : request.models()) {
            model.sensitiveAttribute().filter(name -> !data.hasColumn(name))
                    .ifPresent(name -> problems.add(missing("sensitive attribute '" + name + "' of "
                            + model.description(), data)));
        }
        if (problems.isEmpty()) {
            try {
                request.toConfig();
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Prepares the data and finds the optimal transformation. A result without an optimum is no
     * failure: it says no transformation satisfies the models within the suppression limit.
     *
     * @throws InvalidRequestException listing the {@link #problems} of the request, or a model
     *                                 hierarchy that does not cover its attribute, or a solution
     *                                 space too large to search
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public AnonymizationOutcome anonymize(AnonymizationRequest request, ProgressListener progress,
            CancellationToken cancel) throws InvalidRequestException {
        List<String> problems = problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long start = System.nanoTime();
        Anonymization anonymization;
        try {
            anonymization = Anonymization.prepare(request.dataset(), request.toConfig());
        } catch (HierarchyException e) {
            throw new InvalidRequestException(List.of(e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(List.of(e.getMessage()));
        }
        AnonymizationResult result = anonymization.search(progress, cancel);
        return new AnonymizationOutcome(request, anonymization, result, (System.nanoTime() - start) / 1_000_000);
    }

    private static String missing(String subject, Dataset data) {
        return subject + " is not a column of the data (columns: " + String.join(", ", data.columnNames())
                + ")";
    }
}
