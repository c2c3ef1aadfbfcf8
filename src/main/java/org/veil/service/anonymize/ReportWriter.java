package org.veil.service.anonymize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.veil.io.AtomicFileWriter;

/**
 * Writes an {@link AnonymizationReport} as JSON (UTF-8, indented, fields in a fixed order), atomically:
 * a failed write leaves any earlier report as it was. Numbers that are not finite are written as
 * {@code null}.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /**
     * @param input the file the data was read from, or {@code null}; refused as a target
     * @throws IOException if the file cannot be written, or is the input
     */
    public static void write(AnonymizationReport report, Path target, Path input) throws IOException {
        AtomicFileWriter.refuseToOverwrite(target, input);
        byte[] json = toJson(report).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(target, out -> out.write(json));
    }

    /** The report's JSON text, ending with a line break. */
    public static String toJson(AnonymizationReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("anonymous", report.anonymous());
        if (report.transformation() == null) {
            root.putNull("transformation");
        } else {
            ObjectNode levels = root.putObject("transformation");
            for (Map.Entry<String, Integer> level : report.transformation().entrySet()) {
                levels.put(level.getKey(), level.getValue());
            }
        }
        root.put("suppressedRecords", report.suppressedRecords());
        root.put("equivalenceClasses", report.equivalenceClasses());
        root.put("suppressedClasses", report.suppressedClasses());
        ObjectNode metric = root.putObject("metric");
        metric.put("name", report.metric().name());
        putNumber(metric, "value", report.metric().value());
        metric.put("description", report.metric().description());
        root.put("transformationsChecked", report.transformationsChecked());
        root.put("transformations", report.transformations());
        root.put("millis", report.millis());
        root.put("records", report.records());
        putNumber(root, "suppressionLimit", report.suppressionLimit());
        strings(root.putArray("models"), report.models());
        strings(root.putArray("quasiIdentifiers"), report.quasiIdentifiers());
        strings(root.putArray("identifiers"), report.identifiers());
        strings(root.putArray("sensitiveAttributes"), report.sensitiveAttributes());
        root.put("input", report.input());
        root.put("output", report.output());
        try {
            return JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be written as text", e);
        }
    }

    private static void putNumber(ObjectNode node, String field, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
