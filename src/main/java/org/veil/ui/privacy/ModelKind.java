package org.veil.ui.privacy;

import java.util.EnumSet;
import java.util.Set;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.AverageRiskSpec;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.anonymize.ModelSpec.LDiversityKind;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;

/** The kinds of privacy model the form offers, with the inputs each needs and a plain explanation. */
public enum ModelKind {
    K_ANONYMITY("k-anonymity", "Every record shares its quasi-identifier values with at least k − 1 others, so"
            + " linking by those values always finds k or more candidates. Says nothing about the sensitive"
            + " values inside a group.", ModelField.K),
    DISTINCT_L_DIVERSITY("Distinct ℓ-diversity", "Every group holds at least ℓ different values of the sensitive"
            + " attribute, so no group gives away a value all its members share. It counts values, not how often"
            + " each occurs.", ModelField.ATTRIBUTE, ModelField.L),
    ENTROPY_L_DIVERSITY("Entropy ℓ-diversity", "The sensitive values of every group are spread at least as evenly"
            + " as ℓ equally frequent values would be (entropy ≥ log ℓ). Stricter than distinct ℓ-diversity;"
            + " ℓ need not be a whole number.", ModelField.ATTRIBUTE, ModelField.L),
    RECURSIVE_CL_DIVERSITY("Recursive (c,ℓ)-diversity", "In every group the most frequent sensitive value occurs"
            + " fewer than c times as often as the ℓ-th most frequent and all rarer values together, so no value"
            + " dominates. A larger c is more lenient.", ModelField.ATTRIBUTE, ModelField.L, ModelField.C),
    T_CLOSENESS("t-closeness", "In every group the distribution of the sensitive attribute is within distance t"
            + " of its distribution in the whole data, so a group reveals little more than the whole table does."
            + " Smaller t is stricter.", ModelField.ATTRIBUTE, ModelField.DISTANCE, ModelField.T),
    AVERAGE_RISK("Average re-identification risk", "The chance of re-identifying a record by its"
            + " quasi-identifiers (1 / its group's size), averaged over the records released, is at most the"
            + " threshold. Some small groups are allowed while the average stays low.", ModelField.RISK),
    SAMPLE_UNIQUENESS("Sample uniqueness", "At most this share of all records may be unique on their"
            + " quasi-identifiers, the usual first sign of re-identification risk. 0 allows no unique record.",
            ModelField.UNIQUENESS);

    private final String label;
    private final String explanation;
    private final Set<ModelField> fields;

    ModelKind(String label, String explanation, ModelField... fields) {
        this.label = label;
        this.explanation = explanation;
        this.fields = fields.length == 0 ? EnumSet.noneOf(ModelField.class) : EnumSet.of(fields[0], fields);
    }

    public String label() {
        return label;
    }

    /** Two or three sentences on what the model guarantees, shown under the choice. */
    public String explanation() {
        return explanation;
    }

    /** Whether the form asks for this input for this kind. */
    public boolean uses(ModelField field) {
        return fields.contains(field);
    }

    /** The kind of a configured model. */
    public static ModelKind of(ModelSpec spec) {
        if (spec instanceof KAnonymitySpec) {
            return K_ANONYMITY;
        }
        if (spec instanceof LDiversitySpec l) {
            return switch (l.kind()) {
                case DISTINCT -> DISTINCT_L_DIVERSITY;
                case ENTROPY -> ENTROPY_L_DIVERSITY;
                case RECURSIVE -> RECURSIVE_CL_DIVERSITY;
            };
        }
        if (spec instanceof TClosenessSpec) {
            return T_CLOSENESS;
        }
        return spec instanceof AverageRiskSpec ? AVERAGE_RISK : SAMPLE_UNIQUENESS;
    }

    /** The ℓ-diversity kind of the spec, for the three ℓ-diversity kinds. */
    LDiversityKind lDiversityKind() {
        return switch (this) {
            case DISTINCT_L_DIVERSITY -> LDiversityKind.DISTINCT;
            case ENTROPY_L_DIVERSITY -> LDiversityKind.ENTROPY;
            case RECURSIVE_CL_DIVERSITY -> LDiversityKind.RECURSIVE;
            default -> throw new IllegalStateException(this + " is not ℓ-diversity");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
