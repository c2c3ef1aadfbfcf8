package org.veil.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --delimiter}: one character; {@code tab} or {@code \t} for a tab. */
final class DelimiterConverter implements ITypeConverter<Character> {

    @Override
    public Character convert(String value) {
        if (value.equals("\\t") || value.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (value.length() != 1 || value.equals("\"") || value.equals("\n") || value.equals("\r")) {
            throw new TypeConversionException("the delimiter must be one character other than a quote or a"
                    + " line break (or 'tab'), not '" + value + "'");
        }
        return value.charAt(0);
    }
}
