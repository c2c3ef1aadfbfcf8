package org.veil.engine.hipaa;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keyword rules on column names, in English and a little German, French, Spanish, Italian and Dutch.
 * A name is split into lower-case words without accents ({@code firstName}, {@code first_name} and
 * {@code First Name} all give {@code first name}); a keyword matches when its letters equal those of
 * consecutive words run together, so {@code first name} matches {@code firstname} and
 * {@code first_name} but {@code zip} does not match {@code zipper_count}.
 */
final class ColumnNames {

    /** Words saying a column describes an identifier rather than holding it: {@code phone_type}, {@code has_email}. */
    static final Set<String> ABOUT_NOT_HOLDING = Set.of("type", "types", "category", "class", "kind", "count",
            "counts", "flag", "status", "group", "groups", "format", "verified", "valid", "validated", "consent",
            "present", "available", "known", "missing", "has", "is", "provided", "optin", "optout", "length", "len",
            "domain", "country", "state", "quality", "score", "confidence");

    /** Words saying a {@code name} is not a person's. */
    static final Set<String> NOT_A_PERSON = Set.of("drug", "medication", "medicine", "med", "product", "file",
            "hospital", "facility", "clinic", "practice", "provider", "physician", "doctor", "site", "center",
            "centre", "diagnosis", "procedure", "test", "lab", "device", "column", "field", "brand", "company",
            "organisation", "organization", "org", "department", "dept", "ward", "unit", "code", "generic",
            "insurer", "payer", "plan", "study", "trial", "sponsor", "disease", "condition", "allergy", "vaccine",
            "manufacturer", "host", "server", "user", "display", "city", "street", "town", "county", "region",
            "pharmacy", "item", "service", "event", "variable", "table", "sheet", "project", "dataset", "model",
            "app", "application", "package", "species", "gene", "ingredient", "substance", "specialty");

    static final List<String> PERSON_NAMES = List.of("name", "first name", "last name", "given name", "family name",
            "full name", "middle name", "maiden name", "surname", "forename", "patient name", "person name",
            "mother name", "mothers name", "father name", "fathers name", "spouse name", "contact name",
            "relative name", "next of kin", "nickname", "initials", "employer name", "guardian name", "vorname",
            "nachname", "familienname", "geburtsname", "prenom", "nom", "nom de famille", "apellido", "apellidos",
            "nombre completo", "cognome", "nome", "naam", "achternaam", "voornaam");

    static final List<String> ZIP = List.of("zip", "zip code", "zip5", "zip9", "zip3", "zip 5", "zip 9", "zip 3",
            "postcode", "post code", "postal code", "postalcode", "plz", "postleitzahl", "code postal",
            "codigo postal", "postnummer", "cap code");

    static final List<String> PLACES = List.of("address", "street", "street address", "home address", "adresse",
            "anschrift", "strasse", "direccion", "domicilio", "indirizzo", "adres", "city", "town", "village",
            "municipality", "county", "precinct", "borough", "neighborhood", "neighbourhood", "suburb",
            "census tract", "tract", "block group", "census block", "geocode", "latitude", "longitude", "lat", "lon",
            "lng", "gps", "coordinates", "residence", "ort", "wohnort", "stadt", "gemeinde", "landkreis", "ville",
            "ciudad", "citta", "comune", "woonplaats", "plaats", "gemeente");

    static final List<String> DATES_OF_A_PERSON = List.of("birth date", "date of birth", "dob", "birthday",
            "born", "geburtsdatum", "geburtstag", "fecha de nacimiento", "fecha nacimiento", "date de naissance",
            "data di nascita", "data nascita", "geboortedatum", "admission date", "admit date", "admission time",
            "admitted", "aufnahmedatum", "discharge date", "discharge time", "discharged", "entlassdatum",
            "entlassungsdatum", "death date", "date of death", "dod", "deceased date", "todesdatum", "sterbedatum",
            "visit date", "service date", "procedure date", "surgery date", "encounter date", "appointment date",
            "diagnosis date", "date", "datum", "fecha", "timestamp");

    static final List<String> BIRTHS = List.of("birth date", "date of birth", "dob", "birthday", "birthdate", "born",
            "geburtsdatum", "geburtstag", "fecha de nacimiento", "fecha nacimiento", "date de naissance",
            "data di nascita", "data nascita", "geboortedatum");

    static final List<String> BIRTH_YEARS = List.of("birth year", "year of birth", "yob", "geburtsjahr",
            "ano de nacimiento", "ano nacimiento", "annee de naissance", "anno di nascita", "geboortejaar");

    static final List<String> AGES = List.of("age", "alter", "edad", "leeftijd", "eta", "age years", "age in years");

    private static final Map<IdentifierKind, List<String>> KEYWORDS = new EnumMap<>(IdentifierKind.class);

    static {
        KEYWORDS.put(IdentifierKind.TELEPHONE, List.of("phone", "telephone", "tel", "telefon", "telefono", "telefone",
                "phone number", "phone no", "mobile", "mobile number", "cell phone", "cellphone", "handy", "pager",
                "contact number", "telefoonnummer", "telefonnummer", "numero de telephone"));
        KEYWORDS.put(IdentifierKind.FAX, List.of("fax", "telefax", "facsimile", "fax number"));
        KEYWORDS.put(IdentifierKind.EMAIL, List.of("email", "e mail", "email address", "e mail address",
                "e mail adresse", "courriel", "correo", "correo electronico", "mail address"));
        KEYWORDS.put(IdentifierKind.SOCIAL_SECURITY, List.of("ssn", "social security", "social security number",
                "soc sec", "socsec", "sozialversicherungsnummer", "svnr", "ahv", "bsn", "burgerservicenummer", "nir",
                "insee", "numero de securite sociale", "national insurance number"));
        KEYWORDS.put(IdentifierKind.MEDICAL_RECORD, List.of("mrn", "medical record", "medical record number",
                "medical record no", "patient id", "patient number", "patient no", "patient nr", "chart number",
                "chart id", "chart no", "health record number", "ehr id", "emr id", "hospital number",
                "patientennummer", "patienten id", "pid"));
        KEYWORDS.put(IdentifierKind.HEALTH_PLAN, List.of("health plan", "plan id", "plan number", "member id",
                "member number", "membership number", "beneficiary", "beneficiary id", "subscriber id",
                "subscriber number", "insurance id", "insurance number", "insurance no", "policy number", "policy id",
                "policy no", "medicare", "medicare number", "medicaid", "medicaid id", "versichertennummer",
                "krankenversichertennummer", "versicherungsnummer", "kvnr"));
        KEYWORDS.put(IdentifierKind.ACCOUNT, List.of("account", "account number", "account no", "acct", "acct no",
                "iban", "bank account", "credit card", "credit card number", "card number", "kontonummer", "konto",
                "billing account", "numero de compte", "cuenta"));
        KEYWORDS.put(IdentifierKind.LICENSE, List.of("license", "licence", "license number", "licence number",
                "license no", "certificate", "certificate number", "certification number", "driver license",
                "drivers license", "driving licence", "passport", "passport number", "fuhrerschein", "fuehrerschein",
                "permis de conduire", "reisepass"));
        KEYWORDS.put(IdentifierKind.VEHICLE, List.of("vin", "vehicle", "vehicle id", "vehicle identification number",
                "license plate", "licence plate", "number plate", "plate", "plate number", "registration plate",
                "kennzeichen", "nummernschild", "car registration"));
        KEYWORDS.put(IdentifierKind.DEVICE, List.of("device", "device id", "device identifier", "serial",
                "serial number", "serial no", "imei", "udid", "udi", "mac address", "mac", "implant id",
                "seriennummer", "geratenummer", "hardware id"));
        KEYWORDS.put(IdentifierKind.URL, List.of("url", "uri", "website", "web site", "homepage", "home page",
                "webpage", "web page", "web address", "webseite", "sitio web", "site web"));
        KEYWORDS.put(IdentifierKind.IP_ADDRESS, List.of("ip", "ip address", "ipv4", "ipv6", "ip addr", "ipaddr",
                "remote addr", "remote address", "client ip", "host ip"));
        KEYWORDS.put(IdentifierKind.BIOMETRIC, List.of("biometric", "biometrics", "fingerprint", "finger print",
                "voiceprint", "voice print", "retina", "retina scan", "iris scan", "palm print", "face template",
                "facial template", "face encoding", "face embedding"));
        KEYWORDS.put(IdentifierKind.PHOTO, List.of("photo", "photograph", "picture", "image", "portrait", "headshot",
                "mugshot", "selfie", "foto", "bild", "face image", "face photo", "facial image", "avatar"));
        KEYWORDS.put(IdentifierKind.OTHER_UNIQUE, List.of("id", "identifier", "uuid", "guid", "unique id",
                "record id", "record number", "case id", "case number", "case no", "encounter id", "encounter number",
                "visit id", "visit number", "subject id", "participant id", "study id", "username", "user name",
                "user id", "login", "kennung", "fallnummer", "fall id", "accession number", "specimen id",
                "claim number", "claim id", "national id", "id number", "personal number", "personnummer",
                "personalausweis", "tax id", "steuer id", "steuernummer"));
    }

    /** Keywords too vague to carry a finding alone with more than low confidence. */
    static final Set<String> VAGUE = Set.of("id", "identifier", "device", "mac", "image", "picture", "plate",
            "mobile", "vehicle", "account", "serial", "date", "datum", "fecha", "timestamp", "beneficiary",
            "medicare", "medicaid", "certificate", "pid", "tract", "residence", "lat", "lon", "gps", "bild", "avatar");

    private ColumnNames() {
    }

    /** The words of a column name: lower case, accents removed, split at non-letters and camel case. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("(\\p{Ll}|\\p{Nd})(\\p{Lu})", "$1 $2");
        String plain = Normalizer.normalize(spaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("ß", "ss").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : plain.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The longest keyword that matches the words (the most specific; the first of equals), or {@code null}. */
    static String match(List<String> words, List<String> keywords) {
        String best = null;
        for (String keyword : keywords) {
            if ((best == null || letters(keyword) > letters(best)) && matches(words, keyword)) {
                best = keyword;
            }
        }
        return best;
    }

    private static int letters(String keyword) {
        return keyword.replace(" ", "").length();
    }

    /** The longest keyword of a kind that matches the words, or {@code null}. */
    static String match(List<String> words, IdentifierKind kind) {
        List<String> keywords = KEYWORDS.get(kind);
        return keywords == null ? null : match(words, keywords);
    }

    /** Whether the letters of the keyword equal those of one or more consecutive words. */
    static boolean matches(List<String> words, String keyword) {
        String letters = keyword.replace(" ", "");
        for (int from = 0; from < words.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.size() && run.length() < letters.length(); to++) {
                run.append(words.get(to));
                if (run.length() == letters.length() && run.toString().equals(letters)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word says the column describes an identifier rather than holding it. */
    static boolean aboutNotHolding(List<String> words) {
        return words.stream().anyMatch(ABOUT_NOT_HOLDING::contains);
    }

    /**
     * The keyword by which the words name a person, or {@code null}: a plain {@code name} counts only
     * without a word saying whose it is not ({@code drug_name}, {@code hospital_name}).
     */
    static String personName(List<String> words) {
        String keyword = match(words, PERSON_NAMES);
        if (keyword == null) {
            return null;
        }
        if (keyword.equals("name") || keyword.equals("nom") || keyword.equals("nome")) {
            return words.stream().anyMatch(NOT_A_PERSON::contains) ? null : keyword;
        }
        return keyword;
    }
}
