package org.veil.ui.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.veil.engine.risk.AttackerRisk;
import org.veil.engine.risk.ClassSizes;
import org.veil.engine.risk.PopulationUniques;
import org.veil.engine.risk.RiskProfile;

/**
 * The rows of the risk table, measure by measure, for the input and the selected output, each with
 * a sentence saying what it means (the row's tooltip). Risks are over released records; suppressed
 * records are in no class and at no risk.
 */
final class RiskRows {

    private RiskRows() {
    }

    /** {@code output} and {@code outputUniques} are {@code null} without a selected solution. */
    static List<RiskRow> of(RiskProfile input, PopulationUniques inputUniques, RiskProfile output,
            PopulationUniques outputUniques) {
        List<RiskRow> rows = new ArrayList<>();
        Table table = new Table(rows, input, output);
        table.classes("Records", c -> count(c.records()), "All records of the data");
        table.classes("Suppressed records", c -> count(c.suppressedRecords()),
                "Records whose quasi-identifiers are all replaced by *");
        table.classes("Equivalence classes", c -> count(c.classes()),
                "Groups of released records that share all quasi-identifier values");
        table.classes("Smallest class", c -> count(c.smallest()), "The k the data actually achieves");
        table.classes("Average class size", c -> decimal((double) c.releasedRecords() / Math.max(1, c.classes())),
                "Released records per class");
        table.attacker("Prosecutor", RiskProfile::prosecutor, "an attacker who knows the person is in the data");
        table.row("Records at risk > " + Percent.threshold(input.threshold()),
                p -> count(p.prosecutor().recordsAtRisk()),
                "Released records whose prosecutor risk (1 / class size) is above the threshold");
        table.attacker("Journalist", RiskProfile::journalist, "an attacker who does not know whether the person"
                + " is in the data and matches against the population");
        table.row("Marketer: expected share re-identified", p -> percent(p.marketerAverage()),
                "The share of records an attacker linking every record at once would get right");
        table.row("Sample uniques", p -> count(p.sampleUniques()), "Released records that are alone in their class");
        table.row("Sample uniques (share)", p -> percent((double) p.sampleUniques()
                / Math.max(1, p.classes().releasedRecords())), "The share of released records alone in their class");
        rows.add(new RiskRow("Population uniques (share)", uniques(inputUniques),
                outputUniques == null ? "" : uniques(outputUniques),
                "The estimated share of the population that is unique on the quasi-identifiers, by the model"
                        + " Dankar's rule picks for the sampling fraction (Pitman, Zayatz or SNB; named after the"
                        + " figure); without a population the data is all of it"));
        return rows;
    }

    /** E.g. {@code 12.3 % · Pitman}; the model is left out where Dankar's rule needed none (no uniques). */
    private static String uniques(PopulationUniques uniques) {
        if (Double.isNaN(uniques.dankar())) {
            return "no estimate";
        }
        String model = uniques.dankarModel().toString();
        return percent(uniques.dankar()) + ("None".equals(model) ? "" : " · " + model);
    }

    /** Adds rows, reading the same measure from the input and the output. */
    private record Table(List<RiskRow> rows, RiskProfile input, RiskProfile output) {

        void row(String measure, Function<RiskProfile, String> value, String explanation) {
            rows.add(new RiskRow(measure, value.apply(input), output == null ? "" : value.apply(output), explanation));
        }

        void classes(String measure, Function<ClassSizes, String> value, String explanation) {
            row(measure, p -> value.apply(p.classes()), explanation);
        }

        void attacker(String name, Function<RiskProfile, AttackerRisk> model, String who) {
            row(name + ": highest risk", p -> percent(model.apply(p).highest()),
                    "Risk of the most exposed record, for " + who);
            row(name + ": average risk", p -> percent(model.apply(p).average()),
                    "Mean risk over released records, for " + who);
        }
    }

    private static String count(int value) {
        return String.format("%,d", value);
    }

    private static String decimal(double value) {
        return String.format("%,.1f", value);
    }

    private static String percent(double share) {
        return Percent.share(share);
    }
}
