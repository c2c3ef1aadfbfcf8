package org.veil.engine.hipaa;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What identifier values look like. Each test takes one non-missing value as written. */
final class ValuePatterns {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern SSN = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
    static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    static final Pattern US_PHONE = Pattern.compile(
            "(\\+?1[ .-]?)?(\\(\\d{3}\\) ?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}( ?(x|ext\\.?) ?\\d{1,5})?");
    static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "\\+\\d{1,3}[ .-]?(\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}([ .-]?\\d{2,5}){1,4}");
    static final Pattern TEN_DIGITS = Pattern.compile("\\d{10,11}");
    static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    static final Pattern HEX_GROUPS = Pattern.compile("[0-9A-Fa-f:]+(%[0-9A-Za-z]+)?");
    static final Pattern URL = Pattern.compile("(?i)((https?|ftp)://\\S+|www\\.[^\\s.]+\\.\\S+)");
    static final Pattern MAC = Pattern.compile("([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}");
    static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    static final Pattern CARD = Pattern.compile("\\d[\\d -]{11,22}\\d");
    static final Pattern ZIP = Pattern.compile("\\d{4,5}(-?\\d{4})?");
    static final Pattern ZIP_PLUS_4 = Pattern.compile("\\d{5}-\\d{4}");
    static final Pattern ZIP_PREFIX = Pattern.compile("\\d{3}([*xX]{2})?");
    static final Pattern IMAGE = Pattern.compile("(?i)(.+\\.(jpe?g|png|gif|bmp|tiff?|heic|webp)|data:image/.+)");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./:#-]{2,}");

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    /** Dates with a month, day, quarter or week, optionally with a time. */
    static final Pattern DATE = Pattern.compile("(?i)("
            + "\\d{4}[-/.](0?[1-9]|1[0-2])([-/.](0?[1-9]|[12]\\d|3[01]))?([ T]\\d{1,2}:\\d{2}.*)?"
            + "|(0?[1-9]|[12]\\d|3[01])[-/.](0?[1-9]|[12]\\d|3[01])[-/.](\\d{2}|\\d{4})([ T]\\d{1,2}:\\d{2}.*)?"
            + "|\\d{4}-?(Q[1-4]|W\\d{2})|Q[1-4][ -]?\\d{4}"
            + "|\\d{1,2}[ -]?" + MONTH + "[ ,-]*\\d{2,4}"
            + "|" + MONTH + "[ -]?(\\d{1,2},?[ -]?)?\\d{4})");

    private ValuePatterns() {
    }

    static Predicate<String> matching(Pattern pattern) {
        return value -> pattern.matcher(value.trim()).matches();
    }

    static boolean isEmail(String value) {
        return EMAIL.matcher(value.trim()).matches();
    }

    static boolean isPhone(String value) {
        String v = value.trim();
        return US_PHONE.matcher(v).matches() || INTERNATIONAL_PHONE.matcher(v).matches();
    }

    static boolean isIp(String value) {
        String v = value.trim();
        return IPV4.matcher(v).matches() || isIpv6(v);
    }

    /** Full (eight groups) or compressed ({@code ::}) IPv6; times such as {@code 12:30:45} are not. */
    static boolean isIpv6(String v) {
        if (!HEX_GROUPS.matcher(v).matches()) {
            return false;
        }
        String address = v.contains("%") ? v.substring(0, v.indexOf('%')) : v;
        boolean compressed = address.contains("::");
        if (compressed && address.indexOf("::") != address.lastIndexOf("::")) {
            return false;
        }
        String[] groups = address.split(":", -1);
        int filled = 0;
        for (String group : groups) {
            if (group.length() > 4) {
                return false;
            }
            if (!group.isEmpty()) {
                filled++;
            }
        }
        return compressed ? filled <= 7 && groups.length >= 3 : groups.length == 8 && filled == 8;
    }

    static boolean isVin(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        return VIN.matcher(v).matches() && v.chars().anyMatch(Character::isLetter)
                && v.chars().anyMatch(Character::isDigit);
    }

    /** An IBAN (spaces allowed) whose check digits are right, or a payment card number passing Luhn. */
    static boolean isAccountNumber(String value) {
        String compact = value.trim().replace(" ", "").toUpperCase(Locale.ROOT);
        if (IBAN.matcher(compact).matches()) {
            String moved = compact.substring(4) + compact.substring(0, 4);
            StringBuilder digits = new StringBuilder();
            for (char c : moved.toCharArray()) {
                digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
        }
        if (!CARD.matcher(value.trim()).matches()) {
            return false;
        }
        String digits = value.replaceAll("[ -]", "");
        return digits.length() >= 13 && digits.length() <= 19 && luhn(digits);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** Code-like: three or more letters, digits and separators without spaces, at least one digit. */
    static boolean isCode(String value) {
        String v = value.trim();
        return CODE.matcher(v).matches() && v.chars().anyMatch(Character::isDigit);
    }
}
