package org.veil.service.anonymize;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.veil.service.anonymize.ModelSpec.AverageRiskSpec;
import org.veil.service.anonymize.ModelSpec.GroundDistance;
import org.veil.service.anonymize.ModelSpec.KAnonymitySpec;
import org.veil.service.anonymize.ModelSpec.LDiversityKind;
import org.veil.service.anonymize.ModelSpec.LDiversitySpec;
import org.veil.service.anonymize.ModelSpec.SampleUniquenessSpec;
import org.veil.service.anonymize.ModelSpec.TClosenessSpec;

/**
 * Reads privacy models written as text, the syntax of the command line, so the GUI can validate
 * the same text with the same messages:
 *
 * <ul>
 *   <li>k-anonymity: {@code N}, a whole number ≥ 1;</li>
 *   <li>ℓ-diversity: {@code ATTRIBUTE:distinct:L}, {@code ATTRIBUTE:entropy:L} or
 *       {@code ATTRIBUTE:recursive:L:C};</li>
 *   <li>t-closeness: {@code ATTRIBUTE:equal:T}, {@code ATTRIBUTE:hierarchical:T} or
 *       {@code ATTRIBUTE:ordered:T}, with 0 ≤ T ≤ 1;</li>
 *   <li>average re-identification risk: {@code R} with 0 &lt; R ≤ 1;</li>
 *   <li>sample uniqueness: {@code R} with 0 ≤ R ≤ 1.</li>
 * </ul>
 *
 * The parameters are read from the right, so an attribute name may itself contain {@code :}.
 * Keywords are case-insensitive; numbers are plain decimals ({@code 0.2}, {@code .2}, {@code 3}).
 */
public final class ModelSpecParser {

    /** The ℓ-diversity syntax, for messages and help texts. */
    public static final String L_DIVERSITY_SYNTAX = "ATTRIBUTE:distinct:L, ATTRIBUTE:entropy:L or ATTRIBUTE:recursive:L:C";

    /** The t-closeness syntax, for messages and help texts. */
    public static final String T_CLOSENESS_SYNTAX = "ATTRIBUTE:equal:T, ATTRIBUTE:hierarchical:T or ATTRIBUTE:ordered:T";

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");

    private ModelSpecParser() {
    }

    /** k-anonymity from {@code N}. */
    public static KAnonymitySpec kAnonymity(String text) throws ModelSpecException {
        String k = text.strip();
        if (!WHOLE.matcher(k).matches() || k.length() > 9 || Integer.parseInt(k) < 1) {
            throw new ModelSpecException("k must be a whole number of at least 1, not '" + text + "'");
        }
        return new KAnonymitySpec(Integer.parseInt(k));
    }

    /** ℓ-diversity from {@code ATTRIBUTE:distinct|entropy|recursive:L[:C]}. */
    public static LDiversitySpec lDiversity(String text) throws ModelSpecException {
        String[] parts = text.strip().split(":", -1);
        int n = parts.length;
        String context = "l-diversity '" + text + "'";
        if (n >= 4 && isLDiversityKind(parts[n - 3], LDiversityKind.RECURSIVE)) {
            String attribute = attribute(parts, n - 3, context, L_DIVERSITY_SYNTAX);
            int l = wholeAtLeastOne(parts[n - 2], "L", context);
            double c = positive(parts[n - 1], "C", context);
            return new LDiversitySpec(attribute, LDiversityKind.RECURSIVE, l, c);
        }
        if (n >= 3 && lDiversityKind(parts[n - 2]) != null) {
            LDiversityKind kind = lDiversityKind(parts[n - 2]);
            String attribute = attribute(parts, n - 2, context, L_DIVERSITY_SYNTAX);
            return switch (kind) {
                case DISTINCT -> new LDiversitySpec(attribute, kind, wholeAtLeastOne(parts[n - 1], "L", context),
                        Double.NaN);
                case ENTROPY -> new LDiversitySpec(attribute, kind, atLeastOne(parts[n - 1], "L", context), Double.NaN);
                case RECURSIVE -> throw new ModelSpecException(context
                        + ": recursive l-diversity needs both L and C, as ATTRIBUTE:recursive:L:C");
            };
        }
        if (n >= 4 && lDiversityKind(parts[n - 3]) != null) {
            String kind = parts[n - 3].toLowerCase(Locale.ROOT);
            throw new ModelSpecException(context + ": " + kind + " l-diversity takes L only, as ATTRIBUTE:" + kind
                    + ":L (C belongs to recursive l-diversity)");
        }
        if (n >= 3) {
            throw new ModelSpecException(context + ": unknown kind '" + parts[n - 2]
                    + "'; use distinct, entropy or recursive, as in " + L_DIVERSITY_SYNTAX);
        }
        throw new ModelSpecException(context + ": expected " + L_DIVERSITY_SYNTAX);
    }

    /** t-closeness from {@code ATTRIBUTE:equal|hierarchical|ordered:T}. */
    public static TClosenessSpec tCloseness(String text) throws ModelSpecException {
        String[] parts = text.strip().split(":", -1);
        int n = parts.length;
        String context = "t-closeness '" + text + "'";
        if (n < 3) {
            throw new ModelSpecException(context + ": expected " + T_CLOSENESS_SYNTAX);
        }
        GroundDistance distance = groundDistance(parts[n - 2]);
        if (distance == null) {
            throw new ModelSpecException(context + ": unknown ground distance '" + parts[n - 2]
                    + "'; use equal, hierarchical or ordered, as in " + T_CLOSENESS_SYNTAX);
        }
        String attribute = attribute(parts, n - 2, context, T_CLOSENESS_SYNTAX);
        double t = fraction(parts[n - 1], "T", context);
        return new TClosenessSpec(attribute, distance, t);
    }

    /** Average re-identification risk from {@code R}, 0 &lt; R ≤ 1. */
    public static AverageRiskSpec averageRisk(String text) throws ModelSpecException {
        String r = text.strip();
        if (!DECIMAL.matcher(r).matches() || !(Double.parseDouble(r) > 0 && Double.parseDouble(r) <= 1)) {
            throw new ModelSpecException("the average risk must be a number above 0 and at most 1, not '" + text + "'");
        }
        return new AverageRiskSpec(Double.parseDouble(r));
    }

    /** Sample uniqueness from {@code R}, 0 ≤ R ≤ 1. */
    public static SampleUniquenessSpec sampleUniqueness(String text) throws ModelSpecException {
        return new SampleUniquenessSpec(fraction(text, "the sample uniqueness", null));
    }

    /**
     * A share between 0 and 1, such as a suppression limit.
     *
     * @param what    what the number is, for the message, e.g. {@code the suppression limit}
     * @param context the spec it belongs to, or {@code null}
     */
    public static double fraction(String text, String what, String context) throws ModelSpecException {
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches() || Double.parseDouble(value) > 1) {
            throw new ModelSpecException((context == null ? "" : context + ": ") + what
                    + " must be a number between 0 and 1, not '" + text + "'");
        }
        return Double.parseDouble(value);
    }

    /** A number as the specs write it: whole numbers without a decimal point. */
    static String format(double value) {
        return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
    }

    private static String attribute(String[] parts, int end, String context, String syntax)
            throws ModelSpecException {
        String attribute = String.join(":", Arrays.copyOfRange(parts, 0, end)).strip();
        if (attribute.isEmpty()) {
            throw new ModelSpecException(context + ": names no attribute; expected " + syntax);
        }
        return attribute;
    }

    private static boolean isLDiversityKind(String token, LDiversityKind kind) {
        return lDiversityKind(token) == kind;
    }

    private static LDiversityKind lDiversityKind(String token) {
        for (LDiversityKind kind : LDiversityKind.values()) {
            if (kind.keyword().equalsIgnoreCase(token.strip())) {
                return kind;
            }
        }
        return null;
    }

    private static GroundDistance groundDistance(String token) {
        for (GroundDistance distance : GroundDistance.values()) {
            if (distance.keyword().equalsIgnoreCase(token.strip())) {
                return distance;
            }
        }
        return null;
    }

    private static int wholeAtLeastOne(String token, String name, String context) throws ModelSpecException {
        String value = token.strip();
        if (!WHOLE.matcher(value).matches() || value.length() > 9 || Integer.parseInt(value) < 1) {
            throw new ModelSpecException(context + ": " + name + " must be a whole number of at least 1, not '"
                    + token + "'");
        }
        return Integer.parseInt(value);
    }

    private static double atLeastOne(String token, String name, String context) throws ModelSpecException {
        String value = token.strip();
        if (!DECIMAL.matcher(value).matches() || Double.parseDouble(value) < 1) {
            throw new ModelSpecException(context + ": " + name + " must be a number of at least 1, not '" + token
                    + "'");
        }
        return Double.parseDouble(value);
    }

    private static double positive(String token, String name, String context) throws ModelSpecException {
        String value = token.strip();
        if (!DECIMAL.matcher(value).matches() || !(Double.parseDouble(value) > 0)) {
            throw new ModelSpecException(context + ": " + name + " must be a number above 0, not '" + token + "'");
        }
        return Double.parseDouble(value);
    }
}
