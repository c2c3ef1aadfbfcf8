package org.veil.service.anonymize;

import java.util.List;
import java.util.Map;
import org.veil.engine.metric.Metric;

/** The names of the metrics Veil offers ({@link Metric#named}), for choices and help texts. */
public final class MetricNames {

    /** Every metric name, the default first. */
    public static final List<String> ALL = List.of("loss", "entropy", "entropy-nm", "discernibility", "aecs",
            "precision", "height");

    /** The metric used when none is chosen. */
    public static final String DEFAULT = "loss";

    /** What a person reads for each name (the names themselves are for files and the command line). */
    private static final Map<String, String> TITLES = Map.of(
            "loss", "Loss",
            "entropy", "Non-uniform entropy",
            "entropy-nm", "Non-uniform entropy, non-monotonic",
            "discernibility", "Discernibility",
            "aecs", "Average class size",
            "precision", "Precision",
            "height", "Height");

    /** The title of a metric, e.g. {@code Average class size} for {@code aecs}; an unknown name as it is. */
    public static String title(String name) {
        return TITLES.getOrDefault(name, name);
    }

    private MetricNames() {
    }
}
