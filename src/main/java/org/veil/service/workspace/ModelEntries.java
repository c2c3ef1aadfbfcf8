package org.veil.service.workspace;

import org.veil.project.ProjectDocument.ModelEntry;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpecException;
import org.veil.service.anonymize.ModelSpecParser;

/** Privacy models as project-file entries (the command-line syntax with its kind), and back. */
final class ModelEntries {

    private ModelEntries() {
    }

    static ModelEntry of(ModelSpec spec) {
        String kind;
        if (spec instanceof ModelSpec.KAnonymitySpec) {
            kind = "k";
        } else if (spec instanceof ModelSpec.LDiversitySpec) {
            kind = "l";
        } else if (spec instanceof ModelSpec.TClosenessSpec) {
            kind = "t";
        } else if (spec instanceof ModelSpec.AverageRiskSpec) {
            kind = "risk";
        } else {
            kind = "uniqueness";
        }
        return new ModelEntry(kind, spec.text());
    }

    static ModelSpec spec(ModelEntry entry) throws ModelSpecException {
        return switch (entry.kind()) {
            case "k" -> ModelSpecParser.kAnonymity(entry.spec());
            case "l" -> ModelSpecParser.lDiversity(entry.spec());
            case "t" -> ModelSpecParser.tCloseness(entry.spec());
            case "risk" -> ModelSpecParser.averageRisk(entry.spec());
            case "uniqueness" -> ModelSpecParser.sampleUniqueness(entry.spec());
            default -> throw new ModelSpecException("unknown kind of privacy model '" + entry.kind() + "'");
        };
    }
}
