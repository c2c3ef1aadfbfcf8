package org.veil.ui.privacy;

import org.veil.service.anonymize.ModelSpec;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;
import org.veil.service.workspace.ConfigurationProblem;

/** A configuration problem as the Privacy step lists it: what is wrong and where the user fixes it. */
public record ProblemItem(String message, String whereToFix) {

    static ProblemItem of(ConfigurationProblem problem, Configuration configuration) {
        return new ProblemItem(inWords(problem.message(), configuration), whereToFix(problem, configuration));
    }

    /** The message as a sentence, a model named as the list shows it rather than in command-line syntax. */
    private static String inWords(String message, Configuration configuration) {
        for (ModelSpec model : configuration.models()) {
            if (message.startsWith(model.text() + " ")) {
                String words = ModelDescriptions.describe(model);
                return Character.toUpperCase(words.charAt(0)) + words.substring(1)
                        + message.substring(model.text().length());
            }
        }
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String whereToFix(ConfigurationProblem problem, Configuration configuration) {
        return switch (problem.area()) {
            case ATTRIBUTES -> "Fix in Attributes";
            case HIERARCHIES -> "Fix in Hierarchies";
            case PRIVACY -> {
                if (problem.column() == null || !protectsColumn(configuration, problem.column())) {
                    yield "Fix here, in this step";
                }
                // A model protects a column that is not sensitive, or that lacks the hierarchy it needs.
                yield configuration.role(problem.column()) == AttributeRole.SENSITIVE
                        ? "Fix in Hierarchies, or edit the model here"
                        : "Fix in Attributes, or edit the model here";
            }
        };
    }

    private static boolean protectsColumn(Configuration configuration, String column) {
        return configuration.models().stream().map(ModelSpec::sensitiveAttribute)
                .anyMatch(attribute -> attribute.filter(column::equals).isPresent());
    }
}
