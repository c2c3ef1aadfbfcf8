package org.veil.engine.privacy;

import org.veil.engine.classes.Histograms;
import org.veil.engine.classes.SensitiveAttribute;

/** t-closeness where all values are equally far apart: EMD = ½ Σ |q − p| (total variation). */
public final class EqualDistanceTCloseness extends TCloseness {

    public EqualDistanceTCloseness(String attribute, double t) {
        super(attribute, t);
    }

    @Override
    protected Distance distance(SensitiveAttribute attribute) {
        return (Histograms histograms, int c, int records) -> {
            // Values absent from the class contribute p each; so ½(Σ_in |q−p| + 1 − Σ_in p).
            double inside = 0;
            double pInside = 0;
            for (int e = histograms.begin(c); e < histograms.end(c); e++) {
                double p = attribute.share(histograms.value(e));
                double q = (double) histograms.count(e) / records;
                inside += Math.abs(q - p);
                pInside += p;
            }
            return 0.5 * (inside + Math.max(0, 1 - pInside));
        };
    }

    @Override
    public String groundDistance() {
        return "equal";
    }
}
