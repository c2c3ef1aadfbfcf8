package org.veil.ui.importer;

/** Quote characters offered in the import dialog. */
public enum QuoteChoice {
    DOUBLE('"', "Double quote ( \" )"),
    SINGLE('\'', "Single quote ( ' )"),
    NONE(null, "None");

    private final Character character;
    private final String label;

    QuoteChoice(Character character, String label) {
        this.character = character;
        this.label = label;
    }

    /** The quote character, or {@code null} for none. */
    public Character character() {
        return character;
    }

    public static QuoteChoice of(Character character) {
        for (QuoteChoice choice : values()) {
            if (java.util.Objects.equals(choice.character, character)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("no quote choice for '" + character + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
