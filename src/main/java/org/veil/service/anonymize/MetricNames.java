package org.veil.service.anonymize;

import java.util.List;
import org.veil.engine.metric.Metric;

/** The names of the metrics Veil offers ({@link Metric#named}), for choices and help texts. */
public final class MetricNames {

    /** Every metric name, the default first. */
    public static final List<String> ALL = List.of("loss", "entropy", "entropy-nm", "discernibility", "aecs",
            "precision", "height");

    /** The metric used when none is chosen. */
    public static final String DEFAULT = "loss";

    private MetricNames() {
    }
}
