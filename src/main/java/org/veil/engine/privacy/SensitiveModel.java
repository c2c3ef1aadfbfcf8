package org.veil.engine.privacy;

import java.util.Optional;

/** A class-level model on the distribution of one sensitive attribute inside each class. */
abstract class SensitiveModel extends ClassLevelModel {

    protected final String attribute;

    SensitiveModel(String attribute) {
        if (attribute == null || attribute.isBlank()) {
            throw new IllegalArgumentException("the model needs a sensitive attribute");
        }
        this.attribute = attribute;
    }

    @Override
    public Optional<String> sensitiveAttribute() {
        return Optional.of(attribute);
    }

    static final String MACHANAVAJJHALA = "A. Machanavajjhala, D. Kifer, J. Gehrke, M. Venkitasubramaniam."
            + " l-diversity: privacy beyond k-anonymity. ACM Transactions on Knowledge Discovery from Data 1(1), 2007.";
    static final String LI = "N. Li, T. Li, S. Venkatasubramanian. t-closeness: privacy beyond k-anonymity and"
            + " l-diversity. IEEE 23rd International Conference on Data Engineering (ICDE), 2007.";
}
