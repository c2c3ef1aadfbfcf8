package org.veil.engine.utility;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.veil.engine.data.Column;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.progress.CancellationToken;
import org.veil.engine.progress.ProgressListener;

/**
 * How well the data still supports a classification task: the cross-validated accuracy of a
 * categorical naive Bayes classifier predicting a target column from feature columns, trained and
 * tested on the input and, separately, on the output, next to the majority-class baseline.
 *
 * <p>The classifier: every feature is categorical, its categories being its dictionary codes (a
 * missing value is a category of its own, as is {@code *}); P(class) is the training share of the
 * class; P(feature = v | class) is smoothed by Laplace, (n(v, class) + 1) / (n(class) + V) with V the
 * number of codes of the feature's dictionary. The class with the highest log-probability is
 * predicted; ties go to the class more frequent in the whole data.
 *
 * <p>Cross-validation: the records whose target is not missing are shuffled with a generator seeded
 * by {@code seed}, then dealt to the k folds class by class (stratified), so every fold holds about
 * the same share of each class and the same seed gives the same folds. Input and output use the same
 * folds. Each fold is predicted by a model trained on the other k − 1; accuracy is the share of
 * correctly predicted records over all folds. The baseline predicts each fold's records as the
 * training folds' most frequent class.
 *
 * <p>The target values are always those of the input, on the output too: the output's features are
 * judged by how well they predict the true target, even if the target is itself generalized in the
 * output (whose generalized labels would be easier, not more useful, to predict).
 *
 * @param records the records with a target value, over which accuracy is computed
 */
public record ClassificationUtility(String target, List<String> features, int folds, long seed, int records,
        double inputAccuracy, double outputAccuracy, double baselineAccuracy) {

    private static final int CANCEL_CHECK_ROWS = 1 << 16;

    public ClassificationUtility {
        features = List.copyOf(features);
    }

    /**
     * The share of what the input gains over the baseline that the output keeps:
     * (output − baseline) / (input − baseline); 1 if the input does no better than the baseline.
     */
    public double relativeAccuracy() {
        double gain = inputAccuracy - baselineAccuracy;
        return gain <= 0 ? 1 : (outputAccuracy - baselineAccuracy) / gain;
    }

    /**
     * Cross-validates the classifier on input and output.
     *
     * @param output   the released data, with the same rows as {@code input} and every feature
     * @param features the columns to predict from; may be empty (the classifier then predicts the
     *                 majority class)
     * @param folds    k, at least 2 and at most the number of records with a target value
     * @throws IllegalArgumentException  if a column is missing, the target is among the features, a
     *                                   feature is named twice, the row counts differ or k is invalid
     * @throws org.veil.engine.progress.CancelledException if cancelled
     */
    public static ClassificationUtility of(Dataset input, Dataset output, String target, List<String> features,
            int folds, long seed, ProgressListener progress, CancellationToken cancel) {
        if (input.rowCount() != output.rowCount()) {
            throw new IllegalArgumentException("the output has " + output.rowCount() + " rows, the input "
                    + input.rowCount());
        }
        Set<String> seen = new HashSet<>();
        for (String feature : features) {
            if (feature.equals(target)) {
                throw new IllegalArgumentException("the target '" + target + "' cannot also be a feature");
            }
            if (!seen.add(feature)) {
                throw new IllegalArgumentException("feature '" + feature + "' is named twice");
            }
            input.indexOf(feature);
            output.indexOf(feature);
        }
        Folds split = Folds.of(input.column(target), folds, seed);
        progress.progress(0, "Cross-validating on the input");
        double inputAccuracy = split.accuracy(gather(input, features, split), progress, cancel, 0,
                "Cross-validating on the input");
        double outputAccuracy = split.accuracy(gather(output, features, split), progress, cancel, 0.5,
                "Cross-validating on the output");
        progress.progress(1, "Classification done");
        return new ClassificationUtility(target, features, folds, seed, split.records(), inputAccuracy,
                outputAccuracy, split.baselineAccuracy());
    }

    /** The features' codes and dictionary sizes, rows in fold order. */
    private static Features gather(Dataset data, List<String> features, Folds split) {
        int[][] codes = new int[features.size()][];
        int[] sizes = new int[features.size()];
        int[] rows = split.rows;
        for (int f = 0; f < codes.length; f++) {
            Column column = data.column(features.get(f));
            int[] all = column.codes();
            int[] gathered = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                gathered[i] = all[rows[i]];
            }
            codes[f] = gathered;
            sizes[f] = Math.max(1, column.dictionary().size());
        }
        return new Features(codes, sizes);
    }

    private record Features(int[][] codes, int[] sizes) {
    }

    /**
     * The records with a target value in fold order ({@code rows}, indices into the dataset), their
     * classes, and where each fold starts. Classes are numbered by descending frequency.
     */
    private static final class Folds {
        final int[] rows;
        final int[] classes;
        final int[] foldStart;
        final int classCount;
        final long[] total;

        private Folds(int[] rows, int[] classes, int[] foldStart, int classCount) {
            this.rows = rows;
            this.classes = classes;
            this.foldStart = foldStart;
            this.classCount = classCount;
            this.total = new long[classCount];
            for (int c : classes) {
                total[c]++;
            }
        }

        static Folds of(Column target, int k, long seed) {
            Dictionary dictionary = target.dictionary();
            List<int[]> ranked = Distribution.ranked(target); // canonical code, count; by count descending
            int[] canonical = Values.canonicalCodes(dictionary);
            int[] classOfCanonical = new int[dictionary.size()];
            Arrays.fill(classOfCanonical, -1);
            int classCount = 0;
            for (int[] codeAndCount : ranked) {
                if (!Values.isMissing(dictionary.value(codeAndCount[0]))) {
                    classOfCanonical[codeAndCount[0]] = classCount++;
                }
            }
            int[] codes = target.codes();
            int n = 0;
            for (int code : codes) {
                if (classOfCanonical[canonical[code]] >= 0) {
                    n++;
                }
            }
            if (k < 2 || k > n) {
                throw new IllegalArgumentException("cross-validation needs 2 ≤ folds ≤ " + n
                        + " (records with a target value), was " + k);
            }
            int[] order = new int[n];
            int[] classOf = new int[n];
            int next = 0;
            for (int r = 0; r < codes.length; r++) {
                int c = classOfCanonical[canonical[codes[r]]];
                if (c >= 0) {
                    order[next] = r;
                    classOf[next++] = c;
                }
            }
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = n - 1; i > 0; i--) { // Fisher–Yates
                int j = random.nextInt(i + 1);
                int row = order[i];
                order[i] = order[j];
                order[j] = row;
                int c = classOf[i];
                classOf[i] = classOf[j];
                classOf[j] = c;
            }
            // Deal class by class: the i-th record of the class-grouped shuffled order goes to fold i mod k.
            int[] classStart = new int[classCount + 1];
            for (int c : classOf) {
                classStart[c + 1]++;
            }
            for (int c = 0; c < classCount; c++) {
                classStart[c + 1] += classStart[c];
            }
            int[] fold = new int[n];
            int[] position = classStart.clone();
            for (int i = 0; i < n; i++) {
                fold[i] = position[classOf[i]]++ % k;
            }
            int[] foldStart = new int[k + 1];
            for (int f : fold) {
                foldStart[f + 1]++;
            }
            for (int f = 0; f < k; f++) {
                foldStart[f + 1] += foldStart[f];
            }
            int[] rows = new int[n];
            int[] classes = new int[n];
            int[] fill = foldStart.clone();
            for (int i = 0; i < n; i++) {
                int at = fill[fold[i]]++;
                rows[at] = order[i];
                classes[at] = classOf[i];
            }
            return new Folds(rows, classes, foldStart, classCount);
        }

        int records() {
            return rows.length;
        }

        int folds() {
            return foldStart.length - 1;
        }

        /** Class counts of the records outside fold {@code f}. */
        long[] trainingClassCounts(int f) {
            long[] counts = total.clone();
            for (int i = foldStart[f]; i < foldStart[f + 1]; i++) {
                counts[classes[i]]--;
            }
            return counts;
        }

        double baselineAccuracy() {
            long correct = 0;
            for (int f = 0; f < folds(); f++) {
                int majority = argmax(trainingClassCounts(f));
                for (int i = foldStart[f]; i < foldStart[f + 1]; i++) {
                    if (classes[i] == majority) {
                        correct++;
                    }
                }
            }
            return (double) correct / records();
        }

        /** Cross-validated accuracy of naive Bayes on these features; reports progress from {@code from} to + 0.5. */
        double accuracy(Features features, ProgressListener progress, CancellationToken cancel, double from,
                String phase) {
            int featureCount = features.codes.length;
            int c = classCount;
            int k = folds();
            // counts[f][v * C + class] over all records; each fold's own counts are subtracted for training.
            long[][] counts = new long[featureCount][];
            for (int f = 0; f < featureCount; f++) {
                counts[f] = new long[features.sizes[f] * c];
                int[] x = features.codes[f];
                for (int i = 0; i < x.length; i++) {
                    counts[f][x[i] * c + classes[i]]++;
                }
            }
            cancel.throwIfCancelled();
            long correct = 0;
            double[] score = new double[c];
            double[] logPrior = new double[c];
            double[][] table = new double[featureCount][];
            for (int fold = 0; fold < k; fold++) {
                cancel.throwIfCancelled();
                progress.progress(from + 0.5 * fold / k, phase + ", fold " + (fold + 1) + " of " + k);
                int start = foldStart[fold];
                int end = foldStart[fold + 1];
                long[] training = trainingClassCounts(fold);
                long trainingRecords = records() - (end - start);
                for (int cls = 0; cls < c; cls++) {
                    logPrior[cls] = Math.log((double) training[cls] / trainingRecords); // −∞ if absent
                }
                for (int f = 0; f < featureCount; f++) {
                    long[] trainingCounts = counts[f].clone();
                    int[] x = features.codes[f];
                    for (int i = start; i < end; i++) {
                        trainingCounts[x[i] * c + classes[i]]--;
                    }
                    double[] logs = table[f] == null ? new double[trainingCounts.length] : table[f];
                    int values = features.sizes[f];
                    for (int cls = 0; cls < c; cls++) {
                        double denominator = Math.log(training[cls] + (double) values);
                        for (int v = 0; v < values; v++) {
                            logs[v * c + cls] = Math.log(trainingCounts[v * c + cls] + 1.0) - denominator;
                        }
                    }
                    table[f] = logs;
                }
                for (int i = start; i < end; i++) {
                    if (((i - start) & (CANCEL_CHECK_ROWS - 1)) == CANCEL_CHECK_ROWS - 1) {
                        cancel.throwIfCancelled();
                    }
                    System.arraycopy(logPrior, 0, score, 0, c);
                    for (int f = 0; f < featureCount; f++) {
                        double[] logs = table[f];
                        int base = features.codes[f][i] * c;
                        for (int cls = 0; cls < c; cls++) {
                            score[cls] += logs[base + cls];
                        }
                    }
                    if (argmax(score) == classes[i]) {
                        correct++;
                    }
                }
            }
            return (double) correct / records();
        }

        /** The index of the largest value, the lowest index among ties. */
        private static int argmax(long[] values) {
            int best = 0;
            for (int i = 1; i < values.length; i++) {
                if (values[i] > values[best]) {
                    best = i;
                }
            }
            return best;
        }

        private static int argmax(double[] values) {
            int best = 0;
            for (int i = 1; i < values.length; i++) {
                if (values[i] > values[best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
