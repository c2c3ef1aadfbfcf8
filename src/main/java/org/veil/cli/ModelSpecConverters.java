package org.veil.cli;

import org.veil.service.anonymize.ModelSpec;
import org.veil.service.anonymize.ModelSpecException;
import org.veil.service.anonymize.ModelSpecParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the privacy model options, parsing with {@link ModelSpecParser}. */
final class ModelSpecConverters {

    private ModelSpecConverters() {
    }

    /** A parse step of {@link ModelSpecParser}. */
    @FunctionalInterface
    private interface Parse<T> {
        T parse(String text) throws ModelSpecException;
    }

    private static <T> T convert(Parse<T> parse, String text) {
        try {
            return parse.parse(text);
        } catch (ModelSpecException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class K implements ITypeConverter<ModelSpec.KAnonymitySpec> {
        @Override
        public ModelSpec.KAnonymitySpec convert(String value) {
            return ModelSpecConverters.convert(ModelSpecParser::kAnonymity, value);
        }
    }

    static final class LDiversity implements ITypeConverter<ModelSpec.LDiversitySpec> {
        @Override
        public ModelSpec.LDiversitySpec convert(String value) {
            return ModelSpecConverters.convert(ModelSpecParser::lDiversity, value);
        }
    }

    static final class TCloseness implements ITypeConverter<ModelSpec.TClosenessSpec> {
        @Override
        public ModelSpec.TClosenessSpec convert(String value) {
            return ModelSpecConverters.convert(ModelSpecParser::tCloseness, value);
        }
    }

    static final class AverageRisk implements ITypeConverter<ModelSpec.AverageRiskSpec> {
        @Override
        public ModelSpec.AverageRiskSpec convert(String value) {
            return ModelSpecConverters.convert(ModelSpecParser::averageRisk, value);
        }
    }

    static final class SampleUniqueness implements ITypeConverter<ModelSpec.SampleUniquenessSpec> {
        @Override
        public ModelSpec.SampleUniquenessSpec convert(String value) {
            return ModelSpecConverters.convert(ModelSpecParser::sampleUniqueness, value);
        }
    }

    /** The suppression limit, a share between 0 and 1. */
    static final class SuppressionLimit implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return ModelSpecConverters.convert(text -> ModelSpecParser.fraction(text, "the suppression limit", null),
                    value);
        }
    }

    /** A metric name, checked against the engine's list. */
    static final class MetricName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return org.veil.engine.metric.Metric.named(value.strip()).name();
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
