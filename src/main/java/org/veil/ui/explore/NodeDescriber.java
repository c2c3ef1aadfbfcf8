package org.veil.ui.explore;

import java.util.List;
import org.veil.engine.search.NodeState;
import org.veil.engine.search.SolutionSpace;
import org.veil.service.anonymize.AnonymizationOutcome;
import org.veil.ui.common.TransformationText;

/** The lines a transformation's tooltip shows: its levels, state, metric value and suppression. */
final class NodeDescriber {

    private final SolutionSpace space;
    private final List<String> names;
    private final String metric;
    private final int records;

    NodeDescriber(AnonymizationOutcome outcome) {
        this.space = outcome.result().space();
        this.names = List.copyOf(outcome.request().quasiIdentifiers().keySet());
        this.metric = TransformationText.metricTitle(outcome.request().metric());
        this.records = outcome.request().dataset().rowCount();
    }

    String describe(int node, boolean optimum) {
        NodeState state = space.state(node);
        StringBuilder text = new StringBuilder()
                .append(TransformationText.levels(names, space.lattice().levels(node)))
                .append("   (height ").append(space.lattice().heightOf(node)).append(")\n")
                .append(NodeStateText.label(state)).append(optimum ? " — the optimum" : "").append('\n');
        if (space.suppressedRecords(node) >= 0) {
            text.append(metric).append(": ").append(TransformationText.metricValue(space.value(node))).append('\n')
                    .append("Suppressed: ").append(TransformationText.records(space.suppressedRecords(node), records));
        } else {
            if (!Double.isNaN(space.value(node))) {
                text.append(metric).append(": ").append(TransformationText.metricValue(space.value(node)))
                        .append('\n');
            }
            text.append("Not evaluated by the search; select it to apply and evaluate it.");
        }
        return text.toString();
    }
}
