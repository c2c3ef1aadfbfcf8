package org.veil.ui.privacy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.veil.engine.hierarchy.Hierarchy;
import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpec.AverageRiskSpec;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.SampleUniquenessSpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;
import org.veil.service.workspace.AssignedHierarchy;
import org.veil.service.workspace.AttributeRole;
import org.veil.service.workspace.Configuration;

/**
 * The form that adds or edits one privacy model: its kind, the sensitive attribute it protects, and
 * its parameters as typed, each with its own validation message. The model is ready when
 * {@link #validProperty()} holds.
 */
public final class ModelFormViewModel {

    /** The parameters a new model starts with. */
    static final Map<ModelField, String> DEFAULTS = Map.of(ModelField.K, "5", ModelField.L, "2", ModelField.C, "3",
            ModelField.T, "0.2", ModelField.RISK, "0.05", ModelField.UNIQUENESS, "0.01");

    private final boolean editing;
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(ModelKind.K_ANONYMITY);
    private final ObjectProperty<DistanceChoice> distance = new SimpleObjectProperty<>(DistanceChoice.EQUAL);
    private final ObjectProperty<String> attribute = new SimpleObjectProperty<>();
    private final ObservableList<String> sensitiveColumns;
    private final Map<ModelField, StringProperty> parameters = new EnumMap<>(ModelField.class);
    private final ObjectBinding<ModelFormCheck.Result> result;

    /**
     * @param configuration the configuration the model goes into
     * @param editedIndex   the index of the model being edited, or -1 to add one
     */
    public ModelFormViewModel(Configuration configuration, int editedIndex) {
        this.editing = editedIndex >= 0;
        List<String> sensitive = configuration.columns(AttributeRole.SENSITIVE);
        this.sensitiveColumns = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(sensitive));
        DEFAULTS.forEach((field, text) -> parameters.put(field, new SimpleStringProperty(text)));
        attribute.set(sensitive.isEmpty() ? null : sensitive.get(0));
        List<ModelSpec> others = new ArrayList<>(configuration.models());
        if (editing) {
            load(others.remove(editedIndex));
        }
        ModelFormCheck check = new ModelFormCheck(sensitive, sensitiveHierarchies(configuration), others);
        List<Observable> inputs = new ArrayList<>(List.of(kind, distance, attribute));
        inputs.addAll(parameters.values());
        this.result = Bindings.createObjectBinding(() -> check.check(input()), inputs.toArray(Observable[]::new));
    }

    private static Map<String, Hierarchy> sensitiveHierarchies(Configuration configuration) {
        Map<String, Hierarchy> hierarchies = new LinkedHashMap<>();
        for (String column : configuration.columns(AttributeRole.SENSITIVE)) {
            AssignedHierarchy assigned = configuration.hierarchy(column);
            if (assigned != null) {
                hierarchies.put(column, assigned.hierarchy());
            }
        }
        return hierarchies;
    }

    /** Fills the form with a configured model. */
    private void load(ModelSpec spec) {
        kind.set(ModelKind.of(spec));
        spec.sensitiveAttribute().ifPresent(attribute::set);
        if (spec instanceof KAnonymitySpec k) {
            parameters.get(ModelField.K).set(String.valueOf(k.k()));
        } else if (spec instanceof LDiversitySpec l) {
            parameters.get(ModelField.L).set(ModelDescriptions.number(l.l()));
            if (!Double.isNaN(l.c())) {
                parameters.get(ModelField.C).set(ModelDescriptions.number(l.c()));
            }
        } else if (spec instanceof TClosenessSpec t) {
            distance.set(DistanceChoice.of(t.distance()));
            parameters.get(ModelField.T).set(ModelDescriptions.number(t.t()));
        } else if (spec instanceof AverageRiskSpec r) {
            parameters.get(ModelField.RISK).set(ModelDescriptions.number(r.threshold()));
        } else {
            double threshold = ((SampleUniquenessSpec) spec).threshold();
            parameters.get(ModelField.UNIQUENESS).set(ModelDescriptions.number(threshold));
        }
    }

    private ModelFormCheck.Input input() {
        Map<ModelField, String> texts = new EnumMap<>(ModelField.class);
        parameters.forEach((field, text) -> texts.put(field, text.get() == null ? "" : text.get()));
        return new ModelFormCheck.Input(kind.get(), distance.get(), attribute.get(), texts);
    }

    /** Whether the form edits a configured model rather than adding one. */
    public boolean isEditing() {
        return editing;
    }

    public ObjectProperty<ModelKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<DistanceChoice> distanceProperty() {
        return distance;
    }

    /** The sensitive attribute chosen, one of {@link #sensitiveColumns()}. */
    public ObjectProperty<String> attributeProperty() {
        return attribute;
    }

    /** The columns marked sensitive: the attributes a model may protect. */
    public ObservableList<String> sensitiveColumns() {
        return sensitiveColumns;
    }

    /** A parameter as typed: k, ℓ, c, t, the risk or the uniqueness threshold. */
    public StringProperty parameterProperty(ModelField field) {
        StringProperty parameter = parameters.get(field);
        if (parameter == null) {
            throw new IllegalArgumentException(field + " is not a parameter");
        }
        return parameter;
    }

    /** Whether the chosen kind asks for this input. */
    public BooleanBinding showsProperty(ModelField field) {
        return Bindings.createBooleanBinding(() -> kind.get() != null && kind.get().uses(field), kind);
    }

    /** What is wrong with an input, or empty. */
    public StringBinding errorProperty(ModelField field) {
        return Bindings.createStringBinding(() -> result.get().error(field), result);
    }

    public StringBinding kindExplanationProperty() {
        return Bindings.createStringBinding(() -> kind.get() == null ? "" : kind.get().explanation(), kind);
    }

    public StringBinding distanceExplanationProperty() {
        return Bindings.createStringBinding(() -> distance.get() == null ? "" : distance.get().explanation(),
                distance);
    }

    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> result.get().spec() != null, result);
    }

    /** The model the form describes, or {@code null} while an input is invalid. */
    public ModelSpec spec() {
        return result.get().spec();
    }
}
