package org.veil.ui.privacy;

import java.math.BigDecimal;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.AverageRiskSpec;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;
import org.veil.service.anonymize.ModelSpec.SampleUniquenessSpec;

/**
 * Privacy models in words, for the list and the Edit menu: {@code 5-anonymity},
 * {@code 0.2-closeness of diagnosis (hierarchical distance)}. The wording follows the engine's own
 * model descriptions, which need the data (a hierarchy) before they exist.
 */
public final class ModelDescriptions {

    private ModelDescriptions() {
    }

    public static String describe(ModelSpec spec) {
        if (spec instanceof KAnonymitySpec k) {
            return k.k() + "-anonymity";
        }
        if (spec instanceof LDiversitySpec l) {
            return switch (l.kind()) {
                case DISTINCT -> "distinct " + number(l.l()) + "-diversity of " + l.attribute();
                case ENTROPY -> "entropy " + number(l.l()) + "-diversity of " + l.attribute();
                case RECURSIVE -> "recursive (" + number(l.c()) + "," + number(l.l()) + ")-diversity of "
                        + l.attribute();
            };
        }
        if (spec instanceof TClosenessSpec t) {
            return number(t.t()) + "-closeness of " + t.attribute() + " (" + t.distance().keyword() + " distance)";
        }
        if (spec instanceof AverageRiskSpec r) {
            return "average re-identification risk ≤ " + number(r.threshold());
        }
        return "sample uniqueness ≤ " + number(((SampleUniquenessSpec) spec).threshold());
    }

    /** A number as the user would write it: {@code 5}, {@code 0.2}, never {@code 5.0} or {@code 2E-1}. */
    public static String number(double value) {
        return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }
}
