package org.veil.ui.privacy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.LDiversityKind;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;
import org.veil.service.anonymize.ModelSpecException;
import org.veil.service.anonymize.ModelSpecParser;

/**
 * Checks what the privacy-model form holds and makes the model from it. Numbers are read by
 * {@link ModelSpecParser}, the command line's parser, so both say the same about a bad value; each
 * message is tied to the input it is about.
 */
final class ModelFormCheck {

    /** What the form's inputs are. */
    record Input(ModelKind kind, DistanceChoice distance, String attribute, Map<ModelField, String> parameters) {
        String text(ModelField field) {
            return parameters.getOrDefault(field, "");
        }
    }

    /** The model, or {@code null} with at least one message. */
    record Result(ModelSpec spec, Map<ModelField, String> errors) {
        String error(ModelField field) {
            return errors.getOrDefault(field, "");
        }
    }

    @FunctionalInterface
    private interface Parse<T> {
        T parse() throws ModelSpecException;
    }

    private final List<String> sensitiveColumns;
    private final Map<String, Hierarchy> sensitiveHierarchies;
    private final List<ModelSpec> otherModels;

    /**
     * @param otherModels the models already configured, apart from the one being edited
     */
    ModelFormCheck(List<String> sensitiveColumns, Map<String, Hierarchy> sensitiveHierarchies,
            List<ModelSpec> otherModels) {
        this.sensitiveColumns = List.copyOf(sensitiveColumns);
        this.sensitiveHierarchies = Map.copyOf(sensitiveHierarchies);
        this.otherModels = List.copyOf(otherModels);
    }

    Result check(Input input) {
        Map<ModelField, String> errors = new EnumMap<>(ModelField.class);
        ModelKind kind = input.kind();
        if (kind.uses(ModelField.ATTRIBUTE)) {
            if (sensitiveColumns.isEmpty()) {
                errors.put(ModelField.ATTRIBUTE, kind.label() + " needs a sensitive attribute, and no column is"
                        + " marked sensitive: mark one in Attributes.");
            } else if (input.attribute() == null || !sensitiveColumns.contains(input.attribute())) {
                errors.put(ModelField.ATTRIBUTE, "Choose the sensitive attribute to protect.");
            }
        }
        ModelSpec spec = switch (kind) {
            case K_ANONYMITY -> read(ModelField.K, () -> ModelSpecParser.kAnonymity(input.text(ModelField.K)), errors);
            case DISTINCT_L_DIVERSITY, ENTROPY_L_DIVERSITY, RECURSIVE_CL_DIVERSITY -> lDiversity(input, errors);
            case T_CLOSENESS -> tCloseness(input, errors);
            case AVERAGE_RISK -> read(ModelField.RISK, () -> ModelSpecParser.averageRisk(input.text(ModelField.RISK)),
                    errors);
            case SAMPLE_UNIQUENESS -> read(ModelField.UNIQUENESS,
                    () -> ModelSpecParser.sampleUniqueness(input.text(ModelField.UNIQUENESS)), errors);
        };
        if (spec != null && errors.isEmpty()) {
            checkUsable(spec, errors);
        }
        return errors.isEmpty() ? new Result(spec, Map.of()) : new Result(null, Collections.unmodifiableMap(errors));
    }

    private LDiversitySpec lDiversity(Input input, Map<ModelField, String> errors) {
        LDiversityKind kind = input.kind().lDiversityKind();
        boolean recursive = kind == LDiversityKind.RECURSIVE;
        // The parser reads whole specs; the numbers are read one at a time, each next to valid others.
        Double l = read(ModelField.L,
                () -> parseL(kind, number(input.text(ModelField.L), "ℓ"), recursive ? "1" : null).l(), errors);
        Double c = recursive ? read(ModelField.C, () -> parseL(kind, "1", number(input.text(ModelField.C), "c")).c(),
                errors) : Double.valueOf(Double.NaN);
        if (l == null || c == null || errors.containsKey(ModelField.ATTRIBUTE)) {
            return null;
        }
        return new LDiversitySpec(input.attribute(), kind, l, c);
    }

    /** Reads ℓ (and c) through the parser, with the parser's message about the one wrong number. */
    private static LDiversitySpec parseL(LDiversityKind kind, String l, String c) throws ModelSpecException {
        String text = "s:" + kind.keyword() + ":" + l + (c == null ? "" : ":" + c);
        try {
            return ModelSpecParser.lDiversity(text);
        } catch (ModelSpecException e) {
            String context = "l-diversity '" + text + "': ";
            String message = e.getMessage().startsWith(context) ? e.getMessage().substring(context.length())
                    : e.getMessage();
            throw new ModelSpecException(message.replaceFirst("^L ", "ℓ ").replaceFirst("^C ", "c "));
        }
    }

    /** A number that cannot be taken for more of the spec's {@code :}-separated parts. */
    private static String number(String text, String name) throws ModelSpecException {
        if (text.contains(":")) {
            throw new ModelSpecException(name + " must be a number, not '" + text + "'");
        }
        return text;
    }

    private TClosenessSpec tCloseness(Input input, Map<ModelField, String> errors) {
        Double t = read(ModelField.T, () -> ModelSpecParser.fraction(input.text(ModelField.T), "t", null), errors);
        if (input.distance() == null) {
            errors.put(ModelField.DISTANCE, "Choose the ground distance.");
        }
        if (t == null || errors.containsKey(ModelField.ATTRIBUTE) || input.distance() == null) {
            return null;
        }
        return new TClosenessSpec(input.attribute(), input.distance().distance(), t);
    }

    /** Whether the model can be made from the data, e.g. has the hierarchy it needs, and is new. */
    private void checkUsable(ModelSpec spec, Map<ModelField, String> errors) {
        try {
            spec.toModel(sensitiveHierarchies);
        } catch (ModelSpecException e) {
            errors.put(ModelField.DISTANCE, capitalized(e.getMessage()) + " — assign one in Hierarchies.");
            return;
        } catch (IllegalArgumentException e) {
            errors.put(ModelField.MODEL, sentence(e.getMessage()));
            return;
        }
        if (otherModels.contains(spec)) {
            errors.put(ModelField.MODEL, ModelDescriptions.describe(spec) + " is already configured.");
        }
    }

    private static <T> T read(ModelField field, Parse<T> parse, Map<ModelField, String> errors) {
        try {
            return parse.parse();
        } catch (ModelSpecException e) {
            errors.put(field, sentence(e.getMessage()));
            return null;
        }
    }

    /** The parser's message as a sentence. */
    private static String sentence(String message) {
        String text = capitalized(message);
        return text.endsWith(".") ? text : text + ".";
    }

    /** A leading word capitalized; a leading symbol such as k or t stays lower case. */
    private static String capitalized(String message) {
        return message.startsWith("the ") || message.startsWith("hierarchical ")
                ? Character.toUpperCase(message.charAt(0)) + message.substring(1) : message;
    }
}
