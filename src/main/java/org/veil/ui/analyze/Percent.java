package org.veil.ui.analyze;

import org.veil.ui.common.TransformationText;

/**
 * How the Risk tab writes percentages, in one place so the table of measures, the combinations and
 * the charts read alike: a space before the sign, as elsewhere in the workbench ({@code 99.2 %}).
 */
final class Percent {

    private Percent() {
    }

    /**
     * A measured share (a risk, a share of records): one decimal ({@code 20.0 %}, {@code 99.2 %}); two
     * below 1 % ({@code 0.05 %}) so small risks keep their digits. A share that is not zero never reads as
     * none ({@code < 0.01 %}), and one short of all never as all ({@code > 99.9 %}).
     */
    static String share(double share) {
        if (Double.isNaN(share)) {
            return "not computed";
        }
        double percent = 100 * share;
        if (percent <= 0) {
            return "0.0 %";
        }
        if (percent < 0.005) {
            return "< 0.01 %";
        }
        if (percent < 0.995) {
            return String.format("%.2f %%", percent);
        }
        if (percent < 100 && percent >= 99.95) {
            return "> 99.9 %";
        }
        return String.format("%.1f %%", percent);
    }

    /** A threshold the user set, as short as it was entered: {@code 20 %}, {@code 12.5 %}. */
    static String threshold(double share) {
        return TransformationText.shortPercent(share);
    }
}
