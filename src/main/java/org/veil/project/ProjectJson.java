package org.veil.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * {@code project.json} to and from text, refusing documents of other formats and newer versions and
 * migrating older ones ({@link ProjectMigration}).
 */
final class ProjectJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProjectJson() {
    }

    static byte[] write(ProjectDocument document) throws JsonProcessingException {
        return MAPPER.writeValueAsBytes(document);
    }

    static ProjectDocument read(byte[] json) throws ProjectFormatException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ProjectFormatException("project.json is damaged: " + e.getMessage(), e);
        }
        if (tree == null || !ProjectDocument.FORMAT.equals(tree.path("format").asText())) {
            throw new ProjectFormatException("not a Veil project: project.json does not say format \""
                    + ProjectDocument.FORMAT + "\"");
        }
        int version = tree.path("version").asInt(-1);
        if (version > ProjectDocument.CURRENT_VERSION) {
            throw new ProjectFormatException(String.format("this project was saved by a newer Veil (format version %d;"
                    + " this Veil reads up to %d): update Veil to open it", version, ProjectDocument.CURRENT_VERSION));
        }
        if (version < 1) {
            throw new ProjectFormatException("project.json has no valid format version");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new ProjectFormatException("project.json is damaged: it is no JSON object");
        }
        try {
            return MAPPER.treeToValue(ProjectMigration.migrate(object, version), ProjectDocument.class);
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException("project.json is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
