package org.veil.ui.importer;

/** Field separators offered in the import dialog. */
public enum DelimiterChoice {
    COMMA(',', "Comma ( , )"),
    SEMICOLON(';', "Semicolon ( ; )"),
    TAB('\t', "Tab"),
    PIPE('|', "Pipe ( | )"),
    SPACE(' ', "Space");

    private final char character;
    private final String label;

    DelimiterChoice(char character, String label) {
        this.character = character;
        this.label = label;
    }

    public char character() {
        return character;
    }

    public static DelimiterChoice of(char character) {
        for (DelimiterChoice choice : values()) {
            if (choice.character == character) {
                return choice;
            }
        }
        throw new IllegalArgumentException("no delimiter choice for '" + character + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
