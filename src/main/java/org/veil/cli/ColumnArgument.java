package org.veil.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A column named on the command line, with a hierarchy file where one is given:
 * {@code NAME=HIERARCHY.csv} or {@code NAME}. The name ends at the first {@code =}.
 */
record ColumnArgument(String column, Optional<Path> hierarchy) {

    /** {@code NAME=HIERARCHY.csv}, the hierarchy required (quasi-identifiers). */
    static final class WithHierarchy implements ITypeConverter<ColumnArgument> {
        @Override
        public ColumnArgument convert(String value) {
            ColumnArgument argument = parse(value);
            if (argument.hierarchy().isEmpty()) {
                throw new TypeConversionException("'" + value + "' names no hierarchy file; write NAME=HIERARCHY.csv");
            }
            return argument;
        }
    }

    /** {@code NAME} or {@code NAME=HIERARCHY.csv} (sensitive attributes). */
    static final class OptionalHierarchy implements ITypeConverter<ColumnArgument> {
        @Override
        public ColumnArgument convert(String value) {
            return parse(value);
        }
    }

    static ColumnArgument parse(String value) {
        int equals = value.indexOf('=');
        String name = (equals < 0 ? value : value.substring(0, equals)).strip();
        if (name.isEmpty()) {
            throw new TypeConversionException("'" + value + "' names no column; write NAME or NAME=HIERARCHY.csv");
        }
        if (equals < 0) {
            return new ColumnArgument(name, Optional.empty());
        }
        String file = value.substring(equals + 1).strip();
        if (file.isEmpty()) {
            throw new TypeConversionException("'" + value + "' names no hierarchy file after '='");
        }
        return new ColumnArgument(name, Optional.of(Path.of(file)));
    }
}
