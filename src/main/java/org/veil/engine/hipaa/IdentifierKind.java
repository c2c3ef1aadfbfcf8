package org.veil.engine.hipaa;

/**
 * The eighteen kinds of identifiers Safe Harbor removes, 45 CFR 164.514(b)(2)(i)(A)–(R), of the
 * individual or of relatives, employers or household members of the individual.
 */
public enum IdentifierKind {
    NAMES('A', "Names"),
    GEOGRAPHIC('B', "Geographic subdivisions smaller than a state"),
    DATES('C', "Dates (except year) and ages over 89"),
    TELEPHONE('D', "Telephone numbers"),
    FAX('E', "Fax numbers"),
    EMAIL('F', "E-mail addresses"),
    SOCIAL_SECURITY('G', "Social security numbers"),
    MEDICAL_RECORD('H', "Medical record numbers"),
    HEALTH_PLAN('I', "Health plan beneficiary numbers"),
    ACCOUNT('J', "Account numbers"),
    LICENSE('K', "Certificate/license numbers"),
    VEHICLE('L', "Vehicle identifiers and serial numbers, including license plates"),
    DEVICE('M', "Device identifiers and serial numbers"),
    URL('N', "Web URLs"),
    IP_ADDRESS('O', "IP addresses"),
    BIOMETRIC('P', "Biometric identifiers, including finger and voice prints"),
    PHOTO('Q', "Full-face photographs and comparable images"),
    OTHER_UNIQUE('R', "Any other unique identifying number, characteristic or code");

    private final char letter;
    private final String label;

    IdentifierKind(char letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    /** The letter of the paragraph in 45 CFR 164.514(b)(2)(i), {@code A} to {@code R}. */
    public char letter() {
        return letter;
    }

    /** E.g. {@code E-mail addresses}. */
    public String label() {
        return label;
    }

    /** E.g. {@code 45 CFR 164.514(b)(2)(i)(F)}. */
    public String citation() {
        return "45 CFR 164.514(b)(2)(i)(" + letter + ")";
    }

    /** The kind of a letter, {@code A} to {@code R} (either case). */
    public static IdentifierKind of(char letter) {
        for (IdentifierKind kind : values()) {
            if (kind.letter == Character.toUpperCase(letter)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Safe Harbor identifiers run from A to R, not " + letter);
    }

    /** E.g. {@code (F) E-mail addresses}. */
    @Override
    public String toString() {
        return "(" + letter + ") " + label;
    }
}
