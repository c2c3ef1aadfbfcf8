package org.veil.engine.hipaa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veil.engine.data.Column;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.IntervalBuilder;

class SafeHarborScannerTest {

    private final SafeHarborScanner scanner = new SafeHarborScanner(SafeHarborScanner.DEFAULT_SAMPLE_SIZE, 2025);

    private List<Finding> scan(Column column) {
        return scanner.scan(column);
    }

    private Set<IdentifierKind> kinds(Column column) {
        return scan(column).stream().map(Finding::kind).collect(Collectors.toSet());
    }

    private Finding only(Column column, IdentifierKind kind) {
        List<Finding> findings = scan(column);
        assertEquals(1, findings.size(), () -> "expected one finding, got " + findings);
        assertEquals(kind, findings.get(0).kind(), findings::toString);
        return findings.get(0);
    }

    private static List<String> numbered(int count, String format) {
        return IntStream.range(0, count).mapToObj(i -> String.format(format, i)).toList();
    }

    @Test
    void emailsByNameAndValuesAreCertain() {
        Finding finding = only(Columns.column("email", "ann@example.org", "bob.b@example.com", "c+d@mail.example.net"),
                IdentifierKind.EMAIL);

        assertEquals(Confidence.HIGH, finding.confidence());
        assertEquals(List.of("column name matches 'email'", "100% of 3 distinct values look like e-mail addresses"),
                finding.evidence());
        assertEquals(SuggestedFix.Action.REMOVE, finding.fix().action());
        assertTrue(finding.advice().contains("Identifying"), finding.advice());
    }

    @Test
    void emailsAreFoundByTheirValuesUnderAnyName() {
        Finding finding = only(Columns.column("contact", numbered(40, "person%d@example.org")), IdentifierKind.EMAIL);

        assertEquals(List.of("100% of 40 distinct values look like e-mail addresses"), finding.evidence());
    }

    @Test
    void anEmailNameWithOtherValuesIsOnlyAHint() {
        Finding finding = only(Columns.column("e-mail", "yes", "no", "unknown"), IdentifierKind.EMAIL);

        assertEquals(Confidence.LOW, finding.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"email_verified", "has_email", "phone_type", "age_group", "zip_count", "address_type"})
    void namesAboutAnIdentifierAreNotTheIdentifier(String name) {
        assertEquals(Set.of(), kinds(Columns.column(name, "yes", "no", "yes", "mobile", "90")));
    }

    @Test
    void aZipperCountOfSmallNumbersIsNoZipCode() {
        assertEquals(List.of(), scan(Columns.column("zipper_count", numbered(50, "%d"))));
    }

    @Test
    void fiveDigitZipCodesAreGeneralizedToThreeDigits() {
        Finding finding = only(Columns.column("zip", "02138", "10001", "94110", "60614"), IdentifierKind.GEOGRAPHIC);

        assertEquals(Confidence.HIGH, finding.confidence());
        assertEquals(SuggestedFix.Action.GENERALIZE, finding.fix().action());
        assertEquals(2, finding.fix().safeLevel());
        assertTrue(finding.fix().zeroRestrictedZipPrefixes());
        assertTrue(finding.advice().contains("036, 059, 063"), finding.advice());
        assertTrue(finding.advice().contains("000"), finding.advice());
    }

    @Test
    void restrictedPrefixesInTheDataAreNamed() {
        Finding finding = only(Columns.column("PLZ", "03601", "10001", "55612"), IdentifierKind.GEOGRAPHIC);

        assertTrue(finding.evidence().contains(
                "values start with the restricted prefixes 036, 556, which must become 000"), finding::toString);
    }

    @Test
    void threeDigitZipPrefixesAreAllowedUnlessRestricted() {
        assertEquals(List.of(), scan(Columns.column("zip3", "100", "112", "941")));

        Finding finding = only(Columns.column("zip3", "100", "036", "941"), IdentifierKind.GEOGRAPHIC);
        assertEquals(1, finding.fix().safeLevel());
    }

    @Test
    void zipPlusFourIsFoundByItsValues() {
        Finding finding = only(Columns.column("code", numbered(30, "100%02d-1234")), IdentifierKind.GEOGRAPHIC);

        assertEquals(7, finding.fix().safeLevel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"street", "City", "county", "home_address", "Wohnort", "latitude"})
    void placesSmallerThanAStateAreRemoved(String name) {
        Finding finding = only(Columns.column(name, "Main Street 1", "Elm Road 2", "Oak Lane 3"),
                IdentifierKind.GEOGRAPHIC);

        assertEquals(SuggestedFix.Action.REMOVE, finding.fix().action());
    }

    @Test
    void statesAndCountriesMayStay() {
        assertEquals(List.of(), scan(Columns.column("state", "NY", "CA", "TX")));
        assertEquals(List.of(), scan(Columns.column("native-country", "United-States", "Mexico", "India")));
    }

    @Test
    void anEmailAddressIsNotAPlace() {
        assertEquals(Set.of(IdentifierKind.EMAIL), kinds(Columns.column("email_address", "a@b.org", "c@d.org")));
        assertEquals(Set.of(IdentifierKind.IP_ADDRESS), kinds(Columns.column("ip_address", "10.0.0.1", "10.0.0.2")));
    }

    @Test
    void phoneNumbersInUsAndInternationalForms() {
        Finding finding = only(Columns.column("contact_no", "(718) 555-0178", "347-555-0159", "646.555.0107",
                "+1 212 555 0199", "+49 30 1234567"), IdentifierKind.TELEPHONE);

        assertEquals(Confidence.HIGH, finding.confidence());
    }

    @Test
    void aFaxColumnIsFaxNotTelephone() {
        assertEquals(Set.of(IdentifierKind.FAX), kinds(Columns.column("fax", "(718) 555-0178", "(347) 555-0159")));
    }

    @Test
    void socialSecurityNumbers() {
        assertEquals(Set.of(IdentifierKind.SOCIAL_SECURITY),
                kinds(Columns.column("id_2", numbered(30, "964-69-35%02d"))));
        assertEquals(Set.of(IdentifierKind.SOCIAL_SECURITY),
                kinds(Columns.column("SSN", numbered(30, "9646935%02d"))));
    }

    @Test
    void ipAddressesButNotTimes() {
        assertEquals(Set.of(IdentifierKind.IP_ADDRESS),
                kinds(Columns.column("client", "192.168.0.1", "10.1.2.3", "2001:db8::1", "fe80::1ff:fe23:4567:890a")));
        assertEquals(Set.of(), kinds(Columns.column("clock", "12:30:45", "08:15:00", "23:59:59")));
    }

    @Test
    void urlsMacAddressesVinsAccountsAndImages() {
        assertEquals(Set.of(IdentifierKind.URL),
                kinds(Columns.column("homepage", "https://example.org/ann", "http://example.com/~bob")));
        assertEquals(Set.of(IdentifierKind.DEVICE),
                kinds(Columns.column("hw", "00:1A:2B:3C:4D:5E", "00-1A-2B-3C-4D-5F", "AA:BB:CC:DD:EE:FF")));
        assertEquals(Set.of(IdentifierKind.VEHICLE),
                kinds(Columns.column("car", "1HGCM82633A004352", "JH4KA8260MC000000", "WDBRF40J93F379123")));
        assertEquals(Set.of(IdentifierKind.ACCOUNT),
                kinds(Columns.column("bank", "DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819")));
        assertEquals(Set.of(IdentifierKind.ACCOUNT), kinds(Columns.column("card", "4111 1111 1111 1111",
                "5500-0000-0000-0004", "340000000000009")));
        assertEquals(Set.of(IdentifierKind.PHOTO), kinds(Columns.column("scan", "ann.jpg", "bob.PNG", "c/d/e.jpeg")));
    }

    @Test
    void identifiersKnownByTheirNamesAlone() {
        assertEquals(Set.of(IdentifierKind.MEDICAL_RECORD), kinds(Columns.column("MRN", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.MEDICAL_RECORD), kinds(Columns.column("PatientID", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.HEALTH_PLAN), kinds(Columns.column("member_id", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.LICENSE), kinds(Columns.column("driver_license", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.VEHICLE), kinds(Columns.column("license_plate", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.BIOMETRIC), kinds(Columns.column("fingerprint", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.PHOTO), kinds(Columns.column("photo", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.ACCOUNT), kinds(Columns.column("IBAN", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.DEVICE), kinds(Columns.column("device_serial", "A1", "B2")));
        assertEquals(Set.of(IdentifierKind.OTHER_UNIQUE), kinds(Columns.column("case_number", "A1", "B2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "first_name", "lastName", "Surname", "Nachname", "Vorname", "prénom", "apellido",
            "patient name", "FULL-NAME"})
    void personalNames(String name) {
        assertEquals(Set.of(IdentifierKind.NAMES), kinds(Columns.column(name, "Mia Rossi", "Edward Williams")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drug_name", "hospital_name", "file_name", "rename", "names_count"})
    void namesOfThingsAreNotNamesOfPeople(String name) {
        assertEquals(Set.of(), kinds(Columns.column(name, "Aspirin", "Ibuprofen")));
    }

    @Test
    void personNameValuesRaiseTheConfidence() {
        assertEquals(Confidence.HIGH, only(Columns.column("name", "Mia Rossi", "Edward Williams"),
                IdentifierKind.NAMES).confidence());
        assertEquals(Confidence.MEDIUM, only(Columns.column("name", "x1", "x2"), IdentifierKind.NAMES).confidence());
    }

    @Test
    void dateColumnsAreGeneralizedToTheYear() {
        Finding finding = only(Columns.column("admission_date", "2023-01-23", "2024-01-31", "2024-08-14"),
                IdentifierKind.DATES);

        assertEquals(Confidence.HIGH, finding.confidence());
        assertTrue(finding.evidence().contains("type is Date (yyyy-MM-dd): the values hold the month and day"),
                finding::toString);
        DateBuilder builder = assertInstanceOf(DateBuilder.class, finding.fix().builder());
        assertEquals(List.of(DateBuilder.DateUnit.YEAR, DateBuilder.DateUnit.DECADE), builder.units());
        assertEquals(1, finding.fix().safeLevel());
    }

    @Test
    void datesInTextAreFoundByTheirValues() {
        Finding finding = only(Columns.column("seen", "2023-Q1", "2023-Q2", "2024-Q4", "2024-Q3"),
                IdentifierKind.DATES);
        assertEquals(SuggestedFix.Action.REMOVE, finding.fix().action(), "no common pattern reads quarters");

        Finding mixed = only(Columns.column("when", "Jan 5, 2023", "12 March 2024", "2024-08", "3/4/2021 10:15"),
                IdentifierKind.DATES);
        assertEquals(SuggestedFix.Action.REMOVE, mixed.fix().action());
    }

    @Test
    void yearsAloneAreAllowed() {
        assertEquals(List.of(), scan(Columns.column("admission_year", "2021", "2022", "2023")));
        assertEquals(List.of(), scan(Columns.column("birth_year", "1950", "1977", "2001")));
    }

    @Test
    void birthYearsShowingAnAgeOver89AreBottomCoded() {
        Finding finding = only(Columns.column("year_of_birth", "1920", "1935", "1950"), IdentifierKind.DATES);

        assertTrue(finding.evidence().contains("2 birth years are 1935 or earlier: an age over 89 in 2025"),
                finding::toString);
        IntervalBuilder builder = assertInstanceOf(IntervalBuilder.class, finding.fix().builder());
        assertEquals(1936.0, builder.bottom());
    }

    @Test
    void birthDatesShowingAnAgeOver89AreNamedInTheAdvice() {
        Finding finding = only(Columns.column("dob", "1930-02-01", "1935-12-31", "1936-01-01", "2001-05-05"),
                IdentifierKind.DATES);

        assertTrue(finding.evidence().contains(
                "2 birth dates lie in 1935 or earlier: the year alone shows an age over 89 in 2025"), finding::toString);
        assertTrue(finding.advice().contains("1935 or earlier"), finding.advice());
    }

    @Test
    void agesOver89AreTopCodedAt90() {
        List<String> ages = new ArrayList<>(numbered(80, "%d"));
        ages.addAll(List.of("90", "95", "95", "89"));
        Finding finding = only(Columns.column("age", ages), IdentifierKind.DATES);

        assertTrue(finding.evidence().contains("3 records have ages over 89 (2 distinct values, up to 95)"),
                finding::toString);
        IntervalBuilder builder = assertInstanceOf(IntervalBuilder.class, finding.fix().builder());
        assertEquals(90.0, builder.top());
        assertNull(builder.bottom());
        assertEquals(1, finding.fix().safeLevel());
    }

    @Test
    void agesUpTo89AreAllowed() {
        assertEquals(List.of(), scan(Columns.column("age", numbered(90, "%d"))));
        assertEquals(List.of(), scan(Columns.column("stage", "90", "91", "92")), "stage is not age");
        assertEquals(List.of(), scan(Columns.column("length_of_stay", "90", "91", "92")));
    }

    @Test
    void nearlyUniqueCodesAreOtherIdentifiers() {
        Finding finding = only(Columns.column("ref", numbered(100, "X%05d")), IdentifierKind.OTHER_UNIQUE);

        assertEquals(Confidence.MEDIUM, finding.confidence());
        assertEquals(List.of("100 distinct values in 100 records (100%)",
                "100% of 100 distinct values look like codes (letters and digits without spaces)"), finding.evidence());
        assertTrue(finding.advice().contains("164.514(c)"), finding.advice());
        assertEquals(Confidence.HIGH,
                only(Columns.column("record_id", numbered(100, "X%05d")), IdentifierKind.OTHER_UNIQUE).confidence());
    }

    @Test
    void uniqueMeasurementsAndTextAreNotCodes() {
        assertEquals(List.of(), scan(Columns.column("cost", numbered(100, "1%d.25"))));
        assertEquals(List.of(), scan(Columns.column("note", numbered(100, "felt better on day %d"))));
        assertEquals(List.of(), scan(Columns.column("ref", numbered(10, "X%05d"))), "too few rows to tell");
        List<String> repeated = new ArrayList<>(numbered(50, "X%05d"));
        repeated.addAll(numbered(50, "X%05d"));
        assertEquals(List.of(), scan(Columns.column("ref", repeated)), "half the values repeat");
    }

    @Test
    void aVagueIdNameNeedsUniqueValues() {
        List<String> repeated = new ArrayList<>(numbered(50, "D%02d"));
        repeated.addAll(numbered(50, "D%02d"));
        assertEquals(List.of(), scan(Columns.column("diagnosis_id", repeated)));
        assertEquals(Confidence.LOW, only(Columns.column("id", repeated), IdentifierKind.OTHER_UNIQUE).confidence());
    }

    @Test
    void missingValuesAreIgnored() {
        List<String> emails = new ArrayList<>(numbered(30, "p%d@example.org"));
        emails.add(null);
        emails.add(null);
        Finding finding = only(Columns.column("x", emails), IdentifierKind.EMAIL);
        assertEquals(List.of("100% of 30 distinct values look like e-mail addresses"), finding.evidence());

        List<String> codes = new ArrayList<>(numbered(40, "C%04d"));
        codes.addAll(java.util.Collections.nCopies(40, null));
        assertEquals(Set.of(IdentifierKind.OTHER_UNIQUE), kinds(Columns.column("ref", codes)));
    }

    @Test
    void largeDictionariesAreSampled() {
        Finding finding = only(Columns.column("x", numbered(5000, "p%d@example.org")), IdentifierKind.EMAIL);

        assertEquals(List.of("100% of 1,000 sampled values look like e-mail addresses"), finding.evidence());
    }

    @Test
    void percentagesNeverRoundToAllOrNothing() {
        assertEquals("99%", SafeHarborScanner.percent(0.999));
        assertEquals("1%", SafeHarborScanner.percent(0.001));
        assertEquals("97%", SafeHarborScanner.percent(0.97));
        assertEquals("100%", SafeHarborScanner.percent(1));
    }

    @Test
    void kindsCarryTheirLettersAndCitation() {
        assertEquals(18, IdentifierKind.values().length);
        assertEquals('A', IdentifierKind.NAMES.letter());
        assertEquals('R', IdentifierKind.OTHER_UNIQUE.letter());
        assertEquals(IdentifierKind.EMAIL, IdentifierKind.of('f'));
        assertEquals("45 CFR 164.514(b)(2)(i)(G)", IdentifierKind.SOCIAL_SECURITY.citation());
        assertEquals("(C) Dates (except year) and ages over 89", IdentifierKind.DATES.toString());
    }

    @Test
    void wordsOfColumnNames() {
        assertEquals(List.of("patient", "id"), ColumnNames.words("PatientID"));
        assertEquals(List.of("e", "mail"), ColumnNames.words("E-Mail"));
        assertEquals(List.of("strasse"), ColumnNames.words("Straße"));
        assertEquals(List.of("ipv4"), ColumnNames.words("IPv4"));
        assertTrue(ColumnNames.matches(List.of("firstname"), "first name"));
        assertTrue(ColumnNames.matches(List.of("date", "of", "birth"), "date of birth"));
        assertFalse(ColumnNames.matches(List.of("zipper", "count"), "zip"));
    }
}
