package org.veil.engine.tradeoff;

import java.util.Arrays;

/**
 * One evaluated transformation in the trade-off.
 *
 * @param node              the transformation's number in the lattice
 * @param levels            its level per quasi-identifier, in configuration order
 * @param risk              its re-identification risk under the chosen measure, 0 to 1
 * @param loss              its information loss: the value of the configured metric
 * @param anonymous         whether it satisfies every model within the suppression limit
 * @param checked           whether the search checked it; if not, it was evaluated for the trade-off only
 * @param suppressedRecords records it suppresses
 * @param onFrontier        whether no other point has both lower (or equal) risk and loss
 */
public record TradeOffPoint(int node, int[] levels, double risk, double loss, boolean anonymous, boolean checked,
        int suppressedRecords, boolean onFrontier) {

    public TradeOffPoint {
        levels = levels.clone();
    }

    @Override
    public int[] levels() {
        return levels.clone();
    }

    public int level(int dimension) {
        return levels[dimension];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TradeOffPoint p && p.node == node && Arrays.equals(p.levels, levels)
                && Double.compare(p.risk, risk) == 0 && Double.compare(p.loss, loss) == 0 && p.anonymous == anonymous
                && p.checked == checked && p.suppressedRecords == suppressedRecords && p.onFrontier == onFrontier;
    }

    @Override
    public int hashCode() {
        return 31 * node + Double.hashCode(risk) + 17 * Double.hashCode(loss);
    }

    @Override
    public String toString() {
        return "TradeOffPoint[node=" + node + ", levels=" + Arrays.toString(levels) + ", risk=" + risk + ", loss="
                + loss + ", anonymous=" + anonymous + ", checked=" + checked + ", suppressed=" + suppressedRecords
                + ", onFrontier=" + onFrontier + "]";
    }
}
