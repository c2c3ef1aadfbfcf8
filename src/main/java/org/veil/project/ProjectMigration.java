package org.veil.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades the JSON of an older {@code project.json} to the {@linkplain ProjectDocument#CURRENT_VERSION
 * current version}, one step per version, in memory: the file itself is rewritten only by the next save.
 */
final class ProjectMigration {

    private ProjectMigration() {
    }

    /**
     * Migrates a document of {@code version} (1 up to the current one) to the current version.
     *
     * @param document the parsed {@code project.json}; changed in place and returned
     */
    static ObjectNode migrate(ObjectNode document, int version) {
        int at = version;
        if (at == 1) {
            oneToTwo(document);
            at = 2;
        }
        if (at != ProjectDocument.CURRENT_VERSION) {
            throw new IllegalStateException("no migration from format version " + at);
        }
        return document;
    }

    /** Version 2 adds {@code auditHead}; a version-1 project recorded none. */
    private static void oneToTwo(ObjectNode document) {
        if (!document.has("auditHead")) {
            document.putNull("auditHead");
        }
        document.put("version", 2);
    }
}
