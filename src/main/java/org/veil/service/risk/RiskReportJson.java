package org.veil.service.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.veil.engine.hipaa.Finding;
import org.veil.engine.hipaa.SafeHarborReport;
import org.veil.engine.risk.AttackerRisk;
import org.veil.engine.risk.PopulationUniques;

/**
 * The JSON {@code veil risk} prints, so auditors can script checks: the attacker models, sample and
 * population uniques, the class-size distribution and the HIPAA Safe Harbor findings. A model
 * without an estimate is {@code null}.
 */
public final class RiskReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RiskReportJson() {
    }

    /** The report's JSON text, ending with a line break. */
    public static String toJson(RiskReport report, SafeHarborReport hipaa) {
        ObjectNode root = JSON.createObjectNode();
        root.put("records", report.records());
        root.put("equivalenceClasses", report.classes());
        ObjectNode levels = root.putObject("transformation");
        report.levels().forEach(levels::put);
        root.put("threshold", report.threshold());
        root.put("samplingFraction", report.samplingFraction());
        attacker(root.putObject("prosecutor"), report.prosecutor());
        attacker(root.putObject("journalist"), report.journalist());
        root.putObject("marketer").put("average", report.marketerAverage());
        root.put("sampleUniques", report.sampleUniques());
        populationUniques(root.putObject("populationUniques"), report.populationUniques());
        ObjectNode sizes = root.putObject("classSizes");
        for (Map.Entry<Integer, Integer> size : report.classSizes().entrySet()) {
            sizes.put(String.valueOf(size.getKey()), size.getValue());
        }
        ArrayNode findings = root.putArray("hipaa");
        for (Finding finding : hipaa.findings()) {
            ObjectNode node = findings.addObject();
            node.put("column", finding.column());
            node.put("identifier", String.valueOf(finding.kind().letter()));
            node.put("kind", finding.kind().label());
            node.put("confidence", finding.confidence().name().toLowerCase(Locale.ROOT));
            ArrayNode evidence = node.putArray("evidence");
            finding.evidence().forEach(evidence::add);
            node.put("advice", finding.advice());
            node.put("fix", finding.fix() == null ? null : finding.fix().action().name().toLowerCase(Locale.ROOT));
        }
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static void attacker(ObjectNode node, AttackerRisk risk) {
        node.put("lowest", risk.lowest());
        node.put("average", risk.average());
        node.put("highest", risk.highest());
        node.put("recordsAtRisk", risk.recordsAtRisk());
        node.put("successRate", risk.successRate());
    }

    private static void populationUniques(ObjectNode node, PopulationUniques uniques) {
        number(node, "pitman", uniques.pitman());
        number(node, "zayatz", uniques.zayatz());
        number(node, "snb", uniques.snb());
        number(node, "dankar", uniques.dankar());
        node.put("dankarModel", uniques.dankarModel().toString());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
