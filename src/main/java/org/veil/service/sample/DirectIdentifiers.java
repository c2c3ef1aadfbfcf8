package org.veil.service.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Identifiers that cannot reach a real person: social security numbers in the area range 900–999,
 * which the Social Security Administration never assigns; e-mail addresses at the domains RFC 2606
 * reserves for examples; and telephone numbers 555-0100 to 555-0199, reserved for fiction.
 */
final class DirectIdentifiers {

    private static final List<String> EMAIL_DOMAINS = List.of("example.org", "example.com", "example.net");

    /** New York City area codes, matching the ZIP codes of {@link ZipCodes}. */
    private static final List<String> AREA_CODES = List.of("212", "646", "332", "718", "347", "929", "917");

    // An SSN identifies exactly one person, so the generator never hands out one twice.
    private final Set<String> issuedSsns = new HashSet<>();

    String ssn(SplittableRandom random) {
        while (true) {
            String ssn = String.format(Locale.ROOT, "%03d-%02d-%04d",
                    random.nextInt(900, 1000), random.nextInt(1, 100), random.nextInt(1, 10_000));
            if (issuedSsns.add(ssn)) {
                return ssn;
            }
        }
    }

    /** An address like {@code mary.smith37@example.org}; one in four has no number. */
    String email(String firstName, String surname, SplittableRandom random) {
        String number = random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(1, 100));
        String domain = EMAIL_DOMAINS.get(random.nextInt(EMAIL_DOMAINS.size()));
        return (firstName + "." + surname).toLowerCase(Locale.ROOT) + number + "@" + domain;
    }

    /** A number like {@code (212) 555-0134}. */
    String phone(SplittableRandom random) {
        String areaCode = AREA_CODES.get(random.nextInt(AREA_CODES.size()));
        return String.format(Locale.ROOT, "(%s) 555-01%02d", areaCode, random.nextInt(100));
    }
}
