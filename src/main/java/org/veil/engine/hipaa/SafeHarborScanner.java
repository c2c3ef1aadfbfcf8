package org.veil.engine.hipaa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.veil.engine.data.Column;
import org.veil.engine.data.ColumnType;
import org.veil.engine.data.DataType;
import org.veil.engine.data.Dataset;
import org.veil.engine.data.Dictionary;
import org.veil.engine.data.TypeInference;
import org.veil.engine.hierarchy.build.DateBuilder;
import org.veil.engine.hierarchy.build.DateBuilder.DateUnit;
import org.veil.engine.hierarchy.build.IntervalBuilder;

/**
 * Scans a dataset for the eighteen kinds of identifiers of HIPAA Safe Harbor, 45 CFR
 * 164.514(b)(2)(i), by column name and by a sample of each column's distinct values.
 *
 * <p>Rules, per column:
 * <ul>
 * <li><b>Name</b>: keyword lists per kind ({@code email}, {@code e-mail}, {@code ssn}, {@code zip},
 * {@code plz}, {@code dob}, {@code mrn}, …, a few in other languages), matched on whole words, so
 * {@code zipper_count} is not a ZIP. A name that describes an identifier rather than holding it
 * ({@code phone_type}, {@code has_email}, {@code age_group}) does not count; a plain {@code name} counts
 * unless it says whose ({@code drug_name}).
 * <li><b>Values</b>: up to {@link #DEFAULT_SAMPLE_SIZE} distinct values, spread evenly over the
 * dictionary, are matched against e-mail, SSN ({@code ddd-dd-dddd}), US and international phone,
 * IPv4/IPv6, URL, MAC address, VIN, IBAN and card numbers (with their check digits), image files and
 * dates finer than a year. At least {@value #VALUES_ALONE_PERCENT}% of the sample must match on values
 * alone, {@value #WITH_NAME_PERCENT}% when the name points the same way. Some forms count only with a
 * fitting name: five-digit ZIP codes, nine-digit SSNs, ten-digit phone numbers.
 * <li><b>Dates</b> (C): a date column whose pattern holds more than the year, or text columns of
 * dates; birth dates and birth years showing an age over 89 at the {@link #referenceYear()}; numeric
 * columns named {@code age} with values over 89.
 * <li><b>Other unique codes</b> (R): only when nothing else was found in the column: a name such as
 * {@code record_id}, or values that are nearly all different ({@value #UNIQUE_PERCENT}% distinct among
 * the non-missing rows, at least {@value #MIN_ROWS_FOR_UNIQUE} rows) and code-like (letters, digits and
 * separators with a digit, no spaces; not decimals or dates).
 * </ul>
 * The cost is independent of the row count but for a pass over the codes of columns with missing
 * values or named as ages: it works on the dictionaries.
 */
public final class SafeHarborScanner {

    /** Distinct values sampled per column. */
    public static final int DEFAULT_SAMPLE_SIZE = 1000;
    static final int VALUES_ALONE_PERCENT = 80;
    static final int WITH_NAME_PERCENT = 50;
    static final int UNIQUE_PERCENT = 95;
    static final int MIN_ROWS_FOR_UNIQUE = 20;
    /** Ages above this are identifying (45 CFR 164.514(b)(2)(i)(C)). */
    public static final int OLDEST_AGE_ALLOWED = 89;
    /** Birth dates parsed in full up to this many distinct values; beyond, the sample. */
    static final int FULL_DATE_CHECK = 50_000;

    private static final Pattern PERSON_NAME_VALUE = Pattern.compile(
            "\\p{Lu}[\\p{L}'.-]*(\\s+\\p{Lu}[\\p{L}'.-]*){1,3}|\\p{Lu}[\\p{L}'-]+,\\s*\\p{Lu}[\\p{L}'.-]*");

    private final int sampleSize;
    private final int referenceYear;

    /** Samples {@link #DEFAULT_SAMPLE_SIZE} values; ages are reckoned against the current year. */
    public SafeHarborScanner() {
        this(DEFAULT_SAMPLE_SIZE, Year.now().getValue());
    }

    /**
     * @param sampleSize    distinct values sampled per column, at least 1
     * @param referenceYear the year against which birth dates and years show an age over 89
     */
    public SafeHarborScanner(int sampleSize, int referenceYear) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("the sample needs at least one value, not " + sampleSize);
        }
        this.sampleSize = sampleSize;
        this.referenceYear = referenceYear;
    }

    public int referenceYear() {
        return referenceYear;
    }

    /** The findings of every column, in column order. */
    public SafeHarborReport scan(Dataset dataset) {
        List<Finding> findings = new ArrayList<>();
        for (Column column : dataset.columns()) {
            findings.addAll(scan(column));
        }
        return new SafeHarborReport(findings, dataset.columnNames(), referenceYear);
    }

    /** The findings of one column, at most one per kind, in the order of the kinds. */
    public List<Finding> scan(Column column) {
        return new ColumnScan(column).findings();
    }

    /** The evidence gathered for one kind in one column. */
    private static final class Hit {
        final List<String> evidence = new ArrayList<>();
        Confidence confidence = Confidence.MEDIUM;
        SuggestedFix fix = SuggestedFix.remove();
        final List<String> notes = new ArrayList<>();
    }

    /** The scan of one column. */
    private final class ColumnScan {

        private final Column column;
        private final ColumnType type;
        private final List<String> words;
        private final boolean aboutNotHolding;
        private final List<String> sample;
        private final int distinct;
        private final boolean wholeDictionary;
        private final Map<IdentifierKind, Hit> hits = new EnumMap<>(IdentifierKind.class);
        private final Map<IdentifierKind, String> named = new EnumMap<>(IdentifierKind.class);

        ColumnScan(Column column) {
            this.column = column;
            this.type = column.type();
            this.words = ColumnNames.words(column.name());
            this.aboutNotHolding = ColumnNames.aboutNotHolding(words);
            Dictionary dictionary = column.dictionary();
            this.distinct = dictionary.size() - (dictionary.missingCode() >= 0 ? 1 : 0);
            this.sample = sample(dictionary);
            this.wholeDictionary = sample.size() == distinct;
        }

        List<Finding> findings() {
            matchNames();
            if (named.containsKey(IdentifierKind.NAMES)) {
                names();
            }
            valueKind(IdentifierKind.EMAIL, ValuePatterns::isEmail, "e-mail addresses", true);
            socialSecurity();
            phones();
            valueKind(IdentifierKind.IP_ADDRESS, ValuePatterns::isIp, "IP addresses", true);
            valueKind(IdentifierKind.URL, ValuePatterns.matching(ValuePatterns.URL), "URLs", true);
            valueKind(IdentifierKind.DEVICE, ValuePatterns.matching(ValuePatterns.MAC), "MAC addresses", false);
            valueKind(IdentifierKind.VEHICLE, ValuePatterns::isVin, "vehicle identification numbers (VIN)", false);
            valueKind(IdentifierKind.ACCOUNT, ValuePatterns::isAccountNumber,
                    "IBANs or payment card numbers (check digits valid)", false);
            valueKind(IdentifierKind.PHOTO, ValuePatterns.matching(ValuePatterns.IMAGE), "image files", false);
            for (IdentifierKind kind : List.of(IdentifierKind.MEDICAL_RECORD, IdentifierKind.HEALTH_PLAN,
                    IdentifierKind.LICENSE, IdentifierKind.BIOMETRIC)) {
                nameOnly(kind);
            }
            geography();
            dates();
            if (hits.isEmpty()) {
                otherUnique();
            }
            List<Finding> findings = new ArrayList<>();
            hits.forEach((kind, hit) -> findings.add(new Finding(column.name(), kind, hit.confidence, hit.evidence,
                    advice(kind, hit), hit.fix)));
            return findings;
        }

        // ---- names ------------------------------------------------------------------------------

        private void matchNames() {
            if (aboutNotHolding) {
                return;
            }
            String person = ColumnNames.personName(words);
            if (person != null) {
                named.put(IdentifierKind.NAMES, person);
            }
            for (IdentifierKind kind : IdentifierKind.values()) {
                String keyword = ColumnNames.match(words, kind);
                if (keyword != null) {
                    named.put(kind, keyword);
                }
            }
            if (named.containsKey(IdentifierKind.FAX)) {
                named.remove(IdentifierKind.TELEPHONE);
            }
            if (named.containsKey(IdentifierKind.VEHICLE)) {
                named.remove(IdentifierKind.LICENSE);
                named.remove(IdentifierKind.DEVICE);
            }
            if (named.size() > (named.containsKey(IdentifierKind.OTHER_UNIQUE) ? 1 : 0)) {
                named.remove(IdentifierKind.OTHER_UNIQUE); // a patient_id is a medical record number
            }
        }

        private String keyword(IdentifierKind kind) {
            return named.get(kind);
        }

        private Hit hit(IdentifierKind kind) {
            return hits.computeIfAbsent(kind, k -> new Hit());
        }

        private void nameMatched(Hit hit, String keyword) {
            hit.evidence.add("column name matches '" + keyword + "'");
        }

        private Confidence nameOnlyConfidence(String keyword) {
            return ColumnNames.VAGUE.contains(keyword) ? Confidence.LOW : Confidence.MEDIUM;
        }

        private void nameOnly(IdentifierKind kind) {
            String keyword = keyword(kind);
            if (keyword != null) {
                Hit hit = hit(kind);
                nameMatched(hit, keyword);
                hit.confidence = nameOnlyConfidence(keyword);
            }
        }

        private void names() {
            String keyword = keyword(IdentifierKind.NAMES);
            Hit hit = hit(IdentifierKind.NAMES);
            nameMatched(hit, keyword);
            hit.confidence = nameOnlyConfidence(keyword);
            if (type.dataType() == DataType.STRING && !sample.isEmpty()) {
                double share = share(value -> PERSON_NAME_VALUE.matcher(value.trim()).matches());
                if (share >= WITH_NAME_PERCENT / 100.0) {
                    hit.evidence.add(looksLike(share, "personal names (capitalised words)"));
                    hit.confidence = Confidence.HIGH;
                }
            }
        }

        // ---- value patterns ---------------------------------------------------------------------

        /**
         * A kind found by its name, its values or both.
         *
         * @param definitive whether values of another form speak against the name (an e-mail column
         *                   holds e-mail addresses); false where the form tested is one of several
         *                   (a device identifier need not be a MAC address)
         */
        private void valueKind(IdentifierKind kind, Predicate<String> test, String what, boolean definitive) {
            String keyword = keyword(kind);
            if (keyword == null && hasTypeThatCannotHold(kind)) {
                return;
            }
            double share = sample.isEmpty() ? 0 : share(test);
            boolean valuesFit = share >= (keyword != null ? WITH_NAME_PERCENT : VALUES_ALONE_PERCENT) / 100.0;
            if (keyword == null && !valuesFit) {
                return;
            }
            Hit hit = hit(kind);
            if (keyword != null) {
                nameMatched(hit, keyword);
            }
            if (valuesFit) {
                hit.evidence.add(looksLike(share, what));
                hit.confidence = keyword != null || share >= 0.95 ? Confidence.HIGH : Confidence.MEDIUM;
            } else if (!sample.isEmpty() && definitive) {
                hit.evidence.add("only " + looksLike(share, what));
                hit.confidence = Confidence.LOW;
            } else {
                hit.confidence = nameOnlyConfidence(keyword);
            }
        }

        /** Numbers and dates cannot be e-mail addresses, URLs and the like. */
        private boolean hasTypeThatCannotHold(IdentifierKind kind) {
            DataType dataType = type.dataType();
            return dataType == DataType.DATE || dataType == DataType.DECIMAL
                    || dataType == DataType.INTEGER && kind != IdentifierKind.ACCOUNT;
        }

        private void socialSecurity() {
            String keyword = keyword(IdentifierKind.SOCIAL_SECURITY);
            Predicate<String> test = ValuePatterns.matching(ValuePatterns.SSN);
            if (keyword != null) {
                test = test.or(ValuePatterns.matching(ValuePatterns.NINE_DIGITS));
            }
            valueKind(IdentifierKind.SOCIAL_SECURITY, test, "social security numbers", true);
        }

        private void phones() {
            boolean fax = keyword(IdentifierKind.FAX) != null;
            IdentifierKind kind = fax ? IdentifierKind.FAX : IdentifierKind.TELEPHONE;
            Predicate<String> test = ValuePatterns::isPhone;
            if (keyword(kind) != null) {
                test = test.or(ValuePatterns.matching(ValuePatterns.TEN_DIGITS));
            }
            valueKind(kind, test, fax ? "fax numbers" : "telephone numbers", true);
        }

        // ---- geography --------------------------------------------------------------------------

        private void geography() {
            String zipKeyword = aboutNotHolding ? null : ColumnNames.match(words, ColumnNames.ZIP);
            String placeKeyword = aboutNotHolding ? null : ColumnNames.match(words, ColumnNames.PLACES);
            if (named.containsKey(IdentifierKind.EMAIL) || named.containsKey(IdentifierKind.URL)
                    || named.containsKey(IdentifierKind.IP_ADDRESS) || named.containsKey(IdentifierKind.DEVICE)) {
                placeKeyword = null; // e-mail address, web address, IP address, MAC address
            }
            boolean text = type.dataType() == DataType.STRING;
            double zipPlus4 = text && zipKeyword == null && !sample.isEmpty()
                    ? share(ValuePatterns.matching(ValuePatterns.ZIP_PLUS_4)) : 0;
            if (zipKeyword != null || zipPlus4 >= VALUES_ALONE_PERCENT / 100.0) {
                zip(zipKeyword, zipPlus4);
            } else if (placeKeyword != null) {
                Hit hit = hit(IdentifierKind.GEOGRAPHIC);
                nameMatched(hit, placeKeyword);
                hit.confidence = nameOnlyConfidence(placeKeyword);
            }
        }

        private void zip(String keyword, double zipPlus4) {
            if (sample.isEmpty()) {
                return;
            }
            double prefixes = share(ValuePatterns.matching(ValuePatterns.ZIP_PREFIX));
            double zips = keyword == null ? zipPlus4 : share(ValuePatterns.matching(ValuePatterns.ZIP));
            List<String> values = allValues();
            int length = values.stream().mapToInt(v -> v.codePointCount(0, v.length())).max().orElse(0);
            List<String> restricted = ZipCodes.restrictedPrefixesIn(values);
            if (prefixes >= VALUES_ALONE_PERCENT / 100.0) {
                if (restricted.isEmpty()) {
                    return; // three digits of areas over 20,000 people: allowed
                }
                Hit hit = hit(IdentifierKind.GEOGRAPHIC);
                nameMatched(hit, keyword);
                hit.evidence.add(looksLike(prefixes, "three-digit ZIP prefixes"));
                hit.evidence.add(restrictedEvidence(restricted));
                hit.confidence = Confidence.HIGH;
                hit.fix = SuggestedFix.zip(ZipCodes.safeLevel(length));
                hit.notes.add("zip3");
                return;
            }
            Hit hit = hit(IdentifierKind.GEOGRAPHIC);
            if (keyword != null) {
                nameMatched(hit, keyword);
            }
            if (zips >= WITH_NAME_PERCENT / 100.0) {
                hit.evidence.add(looksLike(zips, keyword == null ? "ZIP+4 codes" : "ZIP codes (5 or 9 digits)"));
                hit.confidence = keyword != null || zips >= 0.95 ? Confidence.HIGH : Confidence.MEDIUM;
                if (!restricted.isEmpty()) {
                    hit.evidence.add(restrictedEvidence(restricted));
                }
                hit.fix = SuggestedFix.zip(ZipCodes.safeLevel(length));
                hit.notes.add("zip");
            } else {
                hit.evidence.add("only " + looksLike(zips, "US ZIP codes"));
                hit.confidence = Confidence.MEDIUM;
            }
        }

        private String restrictedEvidence(List<String> restricted) {
            return "values start with the restricted "
                    + (restricted.size() == 1 ? "prefix " : "prefixes ") + String.join(", ", restricted) + ", which must become " + ZipCodes.ZEROED_PREFIX;
        }

        // ---- dates and ages ---------------------------------------------------------------------

        private void dates() {
            int cutoff = referenceYear - OLDEST_AGE_ALLOWED - 1; // born in or before it: possibly 90 or older
            if (!aboutNotHolding && ColumnNames.match(words, ColumnNames.AGES) != null) {
                ages();
            }
            if (!aboutNotHolding && ColumnNames.match(words, ColumnNames.BIRTH_YEARS) != null
                    && type.dataType() == DataType.INTEGER) {
                birthYears(cutoff);
            }
            String dateKeyword = aboutNotHolding ? null : ColumnNames.match(words, ColumnNames.DATES_OF_A_PERSON);
            boolean birth = !aboutNotHolding && ColumnNames.match(words, ColumnNames.BIRTHS) != null;
            if (type.dataType() == DataType.DATE) {
                String elements = finerThanYear(type.pattern());
                if (elements != null) {
                    Hit hit = hit(IdentifierKind.DATES);
                    if (dateKeyword != null) {
                        nameMatched(hit, dateKeyword);
                    }
                    hit.evidence.add("type is " + type.label() + ": the values hold the " + elements);
                    hit.confidence = Confidence.HIGH;
                    hit.fix = yearFix(type.pattern());
                }
                if (birth) {
                    oldBirthDates(cutoff);
                }
            } else if (type.dataType() == DataType.STRING && !sample.isEmpty()) {
                double share = share(ValuePatterns.matching(ValuePatterns.DATE));
                if (share >= (dateKeyword != null ? WITH_NAME_PERCENT : VALUES_ALONE_PERCENT) / 100.0) {
                    Hit hit = hit(IdentifierKind.DATES);
                    if (dateKeyword != null) {
                        nameMatched(hit, dateKeyword);
                    }
                    hit.evidence.add(looksLike(share, "dates finer than a year"));
                    hit.confidence = dateKeyword != null || share >= 0.95 ? Confidence.HIGH : Confidence.MEDIUM;
                    String pattern = patternOfAll(sample);
                    if (pattern != null) {
                        hit.fix = yearFix(pattern);
                    }
                } else if (dateKeyword != null && distinct > 3 && !hits.containsKey(IdentifierKind.DATES)) {
                    Hit hit = hit(IdentifierKind.DATES);
                    nameMatched(hit, dateKeyword);
                    hit.evidence.add("but the values were not recognised as dates: check whether they hold a month"
                            + " or day");
                    hit.confidence = Confidence.LOW;
                }
            }
        }

        /** What a date pattern holds beyond the year, e.g. {@code month and day}; null if nothing. */
        private String finerThanYear(String pattern) {
            String letters = pattern.replaceAll("'[^']*'", "");
            List<String> elements = new ArrayList<>();
            if (letters.matches(".*[QqLM].*")) {
                elements.add(letters.matches(".*[LM].*") ? "month" : "quarter");
            }
            if (letters.matches(".*[wW].*")) {
                elements.add("week");
            }
            if (letters.matches(".*[dDE].*")) {
                elements.add("day");
            }
            if (letters.matches(".*[HhkKms].*")) {
                elements.add("time");
            }
            return elements.isEmpty() ? null : String.join(" and ", elements);
        }

        private SuggestedFix yearFix(String pattern) {
            try {
                return SuggestedFix.generalize(new DateBuilder(pattern, List.of(DateUnit.YEAR, DateUnit.DECADE)), 1,
                        "Generalize to the year (level 1)");
            } catch (IllegalArgumentException e) {
                return SuggestedFix.remove(); // a pattern without a whole date
            }
        }

        /** The first common date pattern every value fits, or null. */
        private String patternOfAll(List<String> values) {
            for (String pattern : TypeInference.DATE_PATTERNS) {
                ColumnType date = ColumnType.date(pattern);
                if (values.stream().allMatch(value -> date.accepts(value.trim()))) {
                    return pattern;
                }
            }
            return null;
        }

        private void ages() {
            Dictionary dictionary = column.dictionary();
            boolean[] old = new boolean[dictionary.size()];
            int oldValues = 0;
            BigDecimal oldest = null;
            BigDecimal limit = BigDecimal.valueOf(OLDEST_AGE_ALLOWED);
            for (int code = 0; code < dictionary.size(); code++) {
                BigDecimal age = number(dictionary.value(code));
                if (age != null && age.compareTo(limit) > 0) {
                    old[code] = true;
                    oldValues++;
                    oldest = oldest == null || age.compareTo(oldest) > 0 ? age : oldest;
                }
            }
            if (oldValues == 0) {
                return;
            }
            long records = 0;
            for (int code : column.codes()) {
                if (old[code]) {
                    records++;
                }
            }
            Hit hit = hit(IdentifierKind.DATES);
            nameMatched(hit, ColumnNames.match(words, ColumnNames.AGES));
            hit.evidence.add(count(records) + (records == 1 ? " record has an age" : " records have ages") + " over "
                    + OLDEST_AGE_ALLOWED + " (" + count(oldValues) + (oldValues == 1 ? " value" : " distinct values")
                    + ", up to " + oldest.toPlainString() + ")");
            hit.confidence = Confidence.HIGH;
            boolean numeric = type.dataType() == DataType.INTEGER || type.dataType() == DataType.DECIMAL;
            hit.fix = numeric ? SuggestedFix.generalize(
                    new IntervalBuilder(0, 5, List.of(2, 2), null, (double) (OLDEST_AGE_ALLOWED + 1)), 1,
                    "Generalize to intervals of 5 years, top-coded at 90 (level 1)") : SuggestedFix.remove();
            hit.notes.add("ages");
        }

        private void birthYears(int cutoff) {
            int old = 0;
            for (String value : allValues()) {
                BigDecimal year = number(value);
                if (year != null && year.compareTo(BigDecimal.valueOf(cutoff)) <= 0) {
                    old++;
                }
            }
            if (old == 0) {
                return;
            }
            Hit hit = hit(IdentifierKind.DATES);
            nameMatched(hit, ColumnNames.match(words, ColumnNames.BIRTH_YEARS));
            hit.evidence.add(count(old) + (old == 1 ? " birth year is " : " birth years are ") + cutoff
                    + " or earlier: an age over " + OLDEST_AGE_ALLOWED + " in " + referenceYear);
            hit.confidence = Confidence.HIGH;
            hit.fix = SuggestedFix.generalize(new IntervalBuilder(0, 5, List.of(2, 2), (double) (cutoff + 1), null), 1,
                    "Generalize to intervals of 5 years, bottom-coded below " + (cutoff + 1) + " (level 1)");
            hit.notes.add("birthYears:" + cutoff);
        }

        private void oldBirthDates(int cutoff) {
            List<String> values = distinct <= FULL_DATE_CHECK ? allValues() : sample;
            int old = 0;
            for (String value : values) {
                Comparable<?> date = type.parse(value);
                int year = date instanceof LocalDate d ? d.getYear()
                        : date instanceof LocalDateTime t ? t.getYear() : Integer.MAX_VALUE;
                if (year <= cutoff) {
                    old++;
                }
            }
            if (old > 0) {
                Hit hit = hit(IdentifierKind.DATES);
                hit.evidence.add(count(old) + (values.size() == distinct ? "" : " sampled")
                        + (old == 1 ? " birth date lies" : " birth dates lie") + " in " + cutoff + " or earlier: the year alone shows an age over "
                        + OLDEST_AGE_ALLOWED + " in " + referenceYear);
                hit.notes.add("oldBirths:" + cutoff);
            }
        }

        private BigDecimal number(String value) {
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        // ---- other unique codes -----------------------------------------------------------------

        private void otherUnique() {
            String keyword = keyword(IdentifierKind.OTHER_UNIQUE);
            boolean unique = false;
            String uniqueEvidence = null;
            String codeEvidence = null;
            DataType dataType = type.dataType();
            if (dataType != DataType.DECIMAL && dataType != DataType.DATE && !sample.isEmpty()) {
                long rows = nonMissingRows();
                if (rows >= MIN_ROWS_FOR_UNIQUE && distinct >= UNIQUE_PERCENT / 100.0 * rows) {
                    double codes = share(ValuePatterns::isCode);
                    if (codes >= 0.9) {
                        unique = true;
                        uniqueEvidence = String.format(Locale.ROOT, "%,d distinct values in %,d records (%s)",
                                distinct, rows, percent(distinct / (double) rows));
                        codeEvidence = looksLike(codes, "codes (letters and digits without spaces)");
                    }
                }
            }
            boolean vague = keyword != null && ColumnNames.VAGUE.contains(keyword);
            if (!unique && (keyword == null || vague && words.size() > 1)) {
                return;
            }
            Hit hit = hit(IdentifierKind.OTHER_UNIQUE);
            if (keyword != null) {
                nameMatched(hit, keyword);
            }
            if (unique) {
                hit.evidence.add(uniqueEvidence);
                hit.evidence.add(codeEvidence);
                hit.confidence = keyword != null ? Confidence.HIGH : Confidence.MEDIUM;
            } else {
                hit.confidence = nameOnlyConfidence(keyword);
            }
        }

        private long nonMissingRows() {
            int missing = column.dictionary().missingCode();
            if (missing < 0) {
                return column.rowCount();
            }
            long rows = 0;
            for (int code : column.codes()) {
                if (code != missing) {
                    rows++;
                }
            }
            return rows;
        }

        // ---- sampling ---------------------------------------------------------------------------

        /** Up to {@code sampleSize} non-missing distinct values spread evenly over the dictionary. */
        private List<String> sample(Dictionary dictionary) {
            int size = dictionary.size();
            if (distinct <= sampleSize) {
                return allValues();
            }
            List<String> values = new ArrayList<>(sampleSize);
            for (int i = 0; i < sampleSize; i++) {
                int code = (int) ((long) i * size / sampleSize);
                String value = dictionary.value(code);
                if (value == null) {
                    value = dictionary.value((code + 1) % size);
                }
                values.add(value);
            }
            return values;
        }

        private List<String> allValues() {
            Dictionary dictionary = column.dictionary();
            List<String> values = new ArrayList<>(distinct);
            for (int code = 0; code < dictionary.size(); code++) {
                String value = dictionary.value(code);
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        private double share(Predicate<String> test) {
            int matching = 0;
            for (String value : sample) {
                if (test.test(value)) {
                    matching++;
                }
            }
            return matching / (double) sample.size();
        }

        /** E.g. {@code 97% of 1,000 sampled values look like e-mail addresses}. */
        private String looksLike(double share, String what) {
            String of = wholeDictionary ? String.format(Locale.ROOT, "%,d distinct values", sample.size())
                    : String.format(Locale.ROOT, "%,d sampled values", sample.size());
            return percent(share) + " of " + of + " look like " + what;
        }

        // ---- advice -----------------------------------------------------------------------------

        private String advice(IdentifierKind kind, Hit hit) {
            String remove = "Remove the column: set its role to Identifying.";
            return switch (kind) {
                case NAMES -> "Names of the person, relatives, employers or household members must go. " + remove;
                case GEOGRAPHIC -> hit.notes.contains("zip") || hit.notes.contains("zip3")
                        ? "Keep at most the first three digits of a ZIP code: generalize to level "
                        + hit.fix.safeLevel() + " or above. Safe Harbor also requires the three-digit areas of"
                        + " 20,000 people or fewer (" + String.join(", ", ZipCodes.RESTRICTED_PREFIXES)
                        + ") to become " + ZipCodes.ZEROED_PREFIX + ". Masking alone cannot do that; the"
                        + " suggested hierarchy does it on the levels with three digits or fewer."
                        : "Geographic units smaller than a state (street address, city, county, precinct, ZIP code"
                        + " and their geocodes) must go; a state may stay. " + remove;
                case DATES -> datesAdvice(hit);
                case TELEPHONE, FAX, EMAIL, SOCIAL_SECURITY, MEDICAL_RECORD, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE,
                        DEVICE, URL, IP_ADDRESS, BIOMETRIC -> kind.label() + " must go. " + remove;
                case PHOTO -> "Full-face photographs and comparable images must go: if the column holds or points to"
                        + " such images, remove it (role Identifying).";
                case OTHER_UNIQUE -> "Any other unique identifying number, characteristic or code must go. " + remove
                        + " A re-identification code that is not derived from information about the person may"
                        + " take its place (45 CFR 164.514(c)).";
            };
        }

        private String datesAdvice(Hit hit) {
            StringBuilder advice = new StringBuilder();
            if (hit.notes.contains("ages")) {
                advice.append("Ages over 89 must be aggregated into a single category of 90 or older. ");
                advice.append(hit.fix.action() == SuggestedFix.Action.GENERALIZE
                        ? "Generalize with intervals top-coded at 90 (level " + hit.fix.safeLevel() + " or above)."
                        : "Recode them to one category such as 90+, or remove the column.");
                return advice.toString();
            }
            String birthYears = hit.notes.stream().filter(n -> n.startsWith("birthYears:")).findFirst().orElse(null);
            if (birthYears != null) {
                return "Birth years showing an age over 89 must be aggregated into one category: generalize with"
                        + " intervals bottom-coded at " + (Integer.parseInt(birthYears.substring(11)) + 1)
                        + " (level 1 or above).";
            }
            advice.append("All elements of dates except the year (month, day, time) must go. ");
            advice.append(hit.fix.action() == SuggestedFix.Action.GENERALIZE
                    ? "Generalize to the year (level " + hit.fix.safeLevel() + " or above)."
                    : "Keep only the year, or remove the column (role Identifying).");
            String oldBirths = hit.notes.stream().filter(n -> n.startsWith("oldBirths:")).findFirst().orElse(null);
            if (oldBirths != null) {
                advice.append(" The year of a birth in ").append(oldBirths.substring(10)).append(" or earlier still")
                        .append(" shows an age over 89: group those years into one category (edit the year level of")
                        .append(" the hierarchy) or suppress those records.");
            }
            return advice.toString();
        }
    }

    /** E.g. {@code 1,193}. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** E.g. {@code 97%}, never rounding up to 100% or down to 0% when that is not the case. */
    static String percent(double share) {
        long percent = Math.round(share * 100);
        if (percent == 100 && share < 1) {
            percent = 99;
        } else if (percent == 0 && share > 0) {
            percent = 1;
        }
        return percent + "%";
    }
}
