package org.veil.engine.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veil.engine.classes.ClassTable;
import org.veil.engine.classes.EncodedInput;
import org.veil.engine.hierarchy.HierarchyException;
import org.veil.engine.metric.PreparedMetric;
import org.veil.engine.privacy.ClassLevelModel;
import org.veil.engine.privacy.DatasetLevelModel;
import org.veil.engine.privacy.DatasetStatistics;
import org.veil.engine.privacy.PrivacyModel;

/**
 * Decides what a transformation must suppress and whether it is then anonymous. First the records
 * of every class violating a class-level model are suppressed; then, while a dataset-level model is
 * not met, whole classes, smallest first (ties by class number). Thread-safe.
 *
 * <p>It also reports what the search may infer for other transformations, valid whatever the
 * models (docs/adr/0003-exact-search.md):
 * <ul>
 * <li>Every specialization splits each class; a violating class leaves at least a known share of
 * its records in violating parts ({@link ClassLevelModel.ClassCheck#minimumViolatingShare}): all
 * of them for k-anonymity and distinct ℓ-diversity, a share following from convexity for
 * t-closeness and entropy ℓ-diversity. If these shares exceed the limit, every specialization is
 * non-anonymous.</li>
 * <li>Every model is monotone when nothing is suppressed; and merging classes that all satisfy
 * entropy or recursive ℓ-diversity or t-closeness yields classes that satisfy them. So a
 * transformation is safe upwards when it is anonymous and either suppresses nothing, or has no
 * class (suppressed or not) violating a non-monotone class-level model and no dataset-level
 * model whose suppression could grow.</li>
 * </ul>
 */
final class Evaluator {

    private final List<ClassLevelModel.ClassCheck> monotoneChecks = new ArrayList<>();
    private final List<ClassLevelModel.ClassCheck> otherChecks = new ArrayList<>();
    private final List<DatasetLevelModel> datasetModels = new ArrayList<>();
    private final boolean datasetModelsMonotone;
    private final PreparedMetric metric;
    private final int records;
    private final double suppressionLimit;

    Evaluator(EncodedInput input, AnonymizationConfig config) throws HierarchyException {
        for (PrivacyModel model : config.models()) {
            if (model instanceof ClassLevelModel classModel) {
                (model.isMonotoneWithSuppression() ? monotoneChecks : otherChecks).add(classModel.prepare(input));
            } else {
                datasetModels.add((DatasetLevelModel) model);
            }
        }
        this.datasetModelsMonotone = datasetModels.stream().allMatch(PrivacyModel::isMonotoneWithSuppression);
        this.metric = config.metric().prepare(input);
        this.records = input.records();
        this.suppressionLimit = config.suppressionLimit();
    }

    PreparedMetric metric() {
        return metric;
    }

    /** What {@link #suppress} found besides the flags. */
    private record Suppression(int records, double boundBelow, boolean otherModelsClean) {
    }

    private Suppression suppressAll(ClassTable table, boolean[] suppressed) {
        int size = table.size();
        int suppressedRecords = 0;
        double boundBelow = 0;
        int unique = 0;
        boolean otherClean = true;
        for (int c = 0; c < size; c++) {
            boolean violatesMonotone = violatesAny(monotoneChecks, table, c);
            double share = violatesMonotone ? 1 : 0;
            boolean violatesOther = false;
            // The non-monotone models are checked on every class while none has failed yet: the
            // answer decides whether the transformation is safe upwards.
            if (!violatesMonotone || otherClean) {
                for (ClassLevelModel.ClassCheck check : otherChecks) {
                    if (!check.satisfies(table, c)) {
                        violatesOther = true;
                        if (violatesMonotone) {
                            break;
                        }
                        share = Math.max(share, check.minimumViolatingShare(table, c));
                    }
                }
            }
            otherClean &= !violatesOther;
            boolean violates = violatesMonotone || violatesOther;
            suppressed[c] = violates;
            boundBelow += share * table.count(c);
            if (violates) {
                suppressedRecords += table.count(c);
            } else if (table.count(c) == 1) {
                unique++;
            }
        }
        if (!datasetModels.isEmpty()) {
            suppressedRecords = suppressForDataset(table, suppressed, suppressedRecords, unique);
        }
        return new Suppression(suppressedRecords, boundBelow, otherClean);
    }

    private static boolean violatesAny(List<ClassLevelModel.ClassCheck> checks, ClassTable table, int c) {
        for (ClassLevelModel.ClassCheck check : checks) {
            if (!check.satisfies(table, c)) {
                return true;
            }
        }
        return false;
    }

    private int suppressForDataset(ClassTable table, boolean[] suppressed, int suppressedRecords, int unique) {
        int size = table.size();
        int retainedClasses = 0;
        for (int c = 0; c < size; c++) {
            if (!suppressed[c]) {
                retainedClasses++;
            }
        }
        DatasetStatistics statistics = new DatasetStatistics(records, records - suppressedRecords, retainedClasses,
                unique);
        if (datasetSatisfied(statistics)) {
            return suppressedRecords;
        }
        long[] bySize = new long[retainedClasses];
        int n = 0;
        for (int c = 0; c < size; c++) {
            if (!suppressed[c]) {
                bySize[n++] = ((long) table.count(c) << 32) | c;
            }
        }
        Arrays.sort(bySize);
        int retainedRecords = records - suppressedRecords;
        for (long entry : bySize) {
            int c = (int) entry;
            int count = (int) (entry >>> 32);
            suppressed[c] = true;
            suppressedRecords += count;
            retainedRecords -= count;
            retainedClasses--;
            if (count == 1) {
                unique--;
            }
            if (datasetSatisfied(new DatasetStatistics(records, retainedRecords, retainedClasses, unique))) {
                break;
            }
        }
        return suppressedRecords;
    }

    private boolean datasetSatisfied(DatasetStatistics statistics) {
        for (DatasetLevelModel model : datasetModels) {
            if (!model.isSatisfied(statistics)) {
                return false;
            }
        }
        return true;
    }

    /** Whether suppressing this many records stays within the limit (inclusive, with tolerance). */
    boolean withinLimit(double suppressedRecords) {
        return PrivacyModel.atMost(suppressedRecords / records, suppressionLimit);
    }

    Evaluation evaluate(ClassTable table) {
        return evaluate(table, new boolean[table.size()]);
    }

    /** Evaluates a table, leaving the suppressed classes flagged in {@code suppressed}. */
    Evaluation evaluate(ClassTable table, boolean[] suppressed) {
        Suppression suppression = suppressAll(table, suppressed);
        int suppressedClasses = 0;
        for (int c = 0; c < table.size(); c++) {
            if (suppressed[c]) {
                suppressedClasses++;
            }
        }
        boolean anonymous = withinLimit(suppression.records());
        boolean safeUpwards = anonymous
                && (suppression.records() == 0 || (suppression.otherModelsClean() && datasetModelsMonotone));
        return new Evaluation(anonymous, suppression.records(), table.size(), suppressedClasses,
                metric.value(table, suppressed, suppression.records()), suppression.boundBelow(), safeUpwards);
    }
}
